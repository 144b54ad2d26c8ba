using Gongkai.AnnualReports.Formats;

namespace Gongkai.Reviews;

/// <summary>
/// Where kinds and results sit in table s4.review_litigation, and their labels as the formats file prints them
/// (the same in both formats), so pages and the report never retype them.
/// </summary>
public static class ReviewLabels
{
    public const string TableId = "s4.review_litigation";

    private static TableDefinition Table => ReportFormats.All[^1].Table(TableId);

    public static string RowId(this ReviewKind kind) => kind switch
    {
        ReviewKind.Reconsideration => "review",
        ReviewKind.DirectLitigation => "litigation_direct",
        ReviewKind.LitigationAfterReconsideration => "litigation_after_review",
    };

    public static string ColumnId(this ReviewResult result) => result switch
    {
        ReviewResult.Pending => "pending",
        ReviewResult.Upheld => "upheld",
        ReviewResult.Corrected => "corrected",
        ReviewResult.Other => "other",
    };

    /// <summary>行政复议, or the litigation row under its group: 行政诉讼（未经复议直接起诉）.</summary>
    public static string Label(this ReviewKind kind)
    {
        var row = Table.Row(kind.RowId());
        return row.Group is null || row.Group == row.Label ? row.Label : $"{row.Group}（{row.Label}）";
    }

    public static string Label(this ReviewResult result) => Table.Column(result.ColumnId()).Label;

    /// <summary>What the deciding body is called on forms: the reconsideration organ or the court.</summary>
    public static string BodyLabel(this ReviewKind kind) => kind == ReviewKind.Reconsideration ? "复议机关" : "人民法院";

    /// <summary>申请日期 for a reconsideration, 立案日期 for a lawsuit.</summary>
    public static string FiledLabel(this ReviewKind kind) => kind == ReviewKind.Reconsideration ? "申请日期" : "立案日期";
}
