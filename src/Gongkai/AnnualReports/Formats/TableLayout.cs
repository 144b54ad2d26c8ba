namespace Gongkai.AnnualReports.Formats;

/// <summary>How a table is drawn in the official layout; the cells are always addressed by row and column id.</summary>
public enum TableLayout
{
    /// <summary>Section 二 sub-tables: a caption row, a 信息内容 header, one row per item.</summary>
    Simple,

    /// <summary>Section 三: grouped applicant columns, group-label rows spanning their sub-rows.</summary>
    Applications,

    /// <summary>Section 四: rows are the blocks 行政复议 / 未经复议直接起诉 / 复议后起诉, printed side by side as one row.</summary>
    Remedies,
}
