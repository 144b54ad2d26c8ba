namespace Gongkai.Documents;

/// <summary>The words every format uses to explain a marked cell, so HTML, Word, Excel and Markdown say the same.</summary>
internal static class DocumentLegend
{
    public static string Text(CellMark mark) => mark switch
    {
        CellMark.Inferred => "原文缺失、按勾稽关系推算的数值",
        CellMark.Blank => "原文此格为空",
        CellMark.Missing => "原文缺少此格",
        CellMark.None => "",
    };

    /// <summary>The marks a table uses, in a fixed order, for a legend that lists only what is present.</summary>
    public static List<CellMark> Used(TableBlock table) =>
        table.Rows.SelectMany(r => r.Cells).Select(c => c.Mark).Where(m => m != CellMark.None).Distinct().Order().ToList();
}
