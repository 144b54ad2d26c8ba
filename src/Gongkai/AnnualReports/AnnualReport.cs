using Gongkai.AnnualReports.Formats;

namespace Gongkai.AnnualReports;

/// <summary>
/// An agency's annual report on government information disclosure (政府信息公开工作年度报告): the narrative of
/// sections 一, 五 and 六 as text, and the tables of 二, 三 and 四 keyed by the format's ids.
/// </summary>
public sealed class AnnualReport
{
    public AnnualReport(ReportFormat format, int year, string? agency)
    {
        Format = format;
        Year = year;
        Agency = agency;
        Tables = format.Tables.ToDictionary(t => t.Id, t => new ReportTable(t));
    }

    public ReportFormat Format { get; }

    public int Year { get; }

    public string? Agency { get; set; }

    /// <summary>The report's own title line, if the input has one.</summary>
    public string? Title { get; set; }

    /// <summary>Ids of the sections whose headings the input shows, in the order it shows them.</summary>
    public List<string> SectionsFound { get; } = [];

    /// <summary>
    /// The section headings as the input prints them, by section id, where the importer kept them; R-SECTIONS compares
    /// them with the official headings and their known aliases.
    /// </summary>
    public Dictionary<string, string> SectionHeadings { get; } = [];

    /// <summary>Narrative text by section id (s1, s5, s6), for the sections found.</summary>
    public Dictionary<string, string> Narratives { get; } = [];

    public IReadOnlyDictionary<string, ReportTable> Tables { get; }

    /// <summary>Every cell the importer settled by a rule rather than read, with the rule.</summary>
    public List<InferredCell> Inferred { get; } = [];

    /// <summary>Findings of the last check (and of the import, such as lost cells).</summary>
    public List<Finding> Findings { get; } = [];

    /// <summary>For a merged report: the agencies' reports it sums, so each figure can be traced.</summary>
    public List<AnnualReport> Parts { get; } = [];

    public ReportTable Table(string id) =>
        Tables.TryGetValue(id, out var table) ? table : throw new ArgumentException($"Format {Format.Id} has no table {id}.", nameof(id));

    /// <summary>Sets a cell the input lost to the value a rule settled, and records it.</summary>
    public void Infer(string table, string row, string column, decimal value, string rule)
    {
        Table(table)[row, column] = Cell.InferredBy(value, rule);
        Inferred.Add(new InferredCell(table, row, column, value, rule));
    }
}
