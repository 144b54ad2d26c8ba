using Gongkai.AnnualReports.Formats;

namespace Gongkai.Remedies;

/// <summary>
/// Where kinds and results sit in table s4.review_litigation, and their labels as the formats file prints them
/// (the same in both formats), so pages and the report never retype them.
/// </summary>
public static class RemedyLabels
{
    public const string TableId = "s4.review_litigation";

    private static TableDefinition Table => ReportFormats.All[^1].Table(TableId);

    public static string RowId(this RemedyKind kind) => kind switch
    {
        RemedyKind.Reconsideration => "review",
        RemedyKind.DirectLitigation => "litigation_direct",
        RemedyKind.LitigationAfterReconsideration => "litigation_after_review",
    };

    public static string ColumnId(this RemedyResult result) => result switch
    {
        RemedyResult.Pending => "pending",
        RemedyResult.Upheld => "upheld",
        RemedyResult.Corrected => "corrected",
        RemedyResult.Other => "other",
    };

    /// <summary>行政复议, or the litigation row under its group: 行政诉讼（未经复议直接起诉）.</summary>
    public static string Label(this RemedyKind kind)
    {
        var row = Table.Row(kind.RowId());
        return row.Group is null || row.Group == row.Label ? row.Label : $"{row.Group}（{row.Label}）";
    }

    public static string Label(this RemedyResult result) => Table.Column(result.ColumnId()).Label;

    /// <summary>What the deciding body is called on forms: the reconsideration organ or the court.</summary>
    public static string BodyLabel(this RemedyKind kind) => kind == RemedyKind.Reconsideration ? "复议机关" : "人民法院";

    /// <summary>申请日期 for a reconsideration, 立案日期 for a lawsuit.</summary>
    public static string FiledLabel(this RemedyKind kind) => kind == RemedyKind.Reconsideration ? "申请日期" : "立案日期";
}
