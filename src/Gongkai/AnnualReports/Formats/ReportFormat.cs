namespace Gongkai.AnnualReports.Formats;

/// <summary>An official annual report format (年度报告格式), as built from the shared domain file.</summary>
public sealed record ReportFormat(
    string Id,
    string Name,
    string DocumentNumber,
    int FirstYear,
    int? LastYear,
    IReadOnlyList<SectionDefinition> Sections,
    IReadOnlyList<TableDefinition> Tables)
{
    public TableDefinition Table(string id) =>
        Tables.FirstOrDefault(t => t.Id == id) ?? throw new ArgumentException($"Format {Id} has no table {id}.", nameof(id));

    public SectionDefinition Section(string id) =>
        Sections.FirstOrDefault(s => s.Id == id) ?? throw new ArgumentException($"Format {Id} has no section {id}.", nameof(id));

    public bool AppliesTo(int year) => year >= FirstYear && (LastYear is null || year <= LastYear);
}
