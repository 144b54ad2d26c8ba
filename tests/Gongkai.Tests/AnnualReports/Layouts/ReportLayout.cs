namespace Gongkai.Tests.AnnualReports.Layouts;

/// <summary>The layouts real reports are published in (issue 8), as <see cref="ReportLayouts"/> renders them.</summary>
public enum ReportLayout
{
    /// <summary>Every label and figure on its own line, cells separated by an empty line (a CMS export).</summary>
    OneCellPerLine,

    /// <summary>Every label and figure on its own line, with a line holding only | between cells (a browser copy).</summary>
    OneCellPerLineWithBars,

    /// <summary>A row's cells joined by " | ", group label and first sub-row on one line, empty cells between bars.</summary>
    BarJoined,

    /// <summary>Cells separated by runs of spaces or a tab, zero cells printed empty and so dropped.</summary>
    SpaceSeparated,

    /// <summary>Separators lost: each row's label followed by its figures run together, a table's rows on one line.</summary>
    DigitsRunTogether,

    /// <summary>Each section on one line, half-width punctuation as after NFKC folding.</summary>
    FewLines,

    /// <summary>A CMS page: rowspan/colspan, &lt;p&gt;/&lt;span&gt;/&lt;br&gt; in cells, &lt;th&gt; headers, section 三 split in two tables.</summary>
    Html,

    /// <summary>The project's PDF rendering (text layer with positions).</summary>
    Pdf,

    /// <summary>The project's Word rendering, whose tables merge cells (gridSpan, vMerge).</summary>
    Docx,
}
