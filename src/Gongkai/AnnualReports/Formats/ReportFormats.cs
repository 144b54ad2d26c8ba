using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gongkai.AnnualReports.Formats;

/// <summary>
/// The official formats, read once from the embedded data file built from shared/domain/annual-report-formats.json.
/// </summary>
public static class ReportFormats
{
    public const string Trial2019 = "cn-gov-2019-trial";
    public const string Format2021 = "cn-gov-2021";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private static readonly Lazy<FormatsFile> File = new(Load);

    public static IReadOnlyList<ReportFormat> All => File.Value.Formats;

    public static ReportFormat Get(string id) =>
        All.FirstOrDefault(f => f.Id == id) ?? throw new ArgumentException($"Unknown report format '{id}'.", nameof(id));

    public static ReportFormat? Find(string id) => All.FirstOrDefault(f => f.Id == id);

    /// <summary>Report years up to 2020 use the 2019 trial format, 2021 on the 2021 format (国办公开办函〔2021〕30号).</summary>
    public static ReportFormat ForYear(int year) =>
        All.FirstOrDefault(f => f.AppliesTo(year))
        ?? throw new ArgumentOutOfRangeException(nameof(year), year, "Reports before 2019 follow the 2007 Regulation and are not covered.");

    /// <summary>The section-三 row an outcome of the procedure is counted in, or null if the format has none for it.</summary>
    public static string? OutcomeRow(string outcome, string formatId)
    {
        var map = File.Value.OutcomeRows.FirstOrDefault(o => o.Outcome == outcome)
            ?? throw new ArgumentException($"Unknown outcome '{outcome}'.", nameof(outcome));
        return formatId switch
        {
            Trial2019 => map.Trial2019,
            Format2021 => map.Format2021,
            _ => throw new ArgumentException($"Unknown report format '{formatId}'.", nameof(formatId)),
        };
    }

    public static IReadOnlyList<string> Outcomes => File.Value.OutcomeRows.Select(o => o.Outcome).ToList();

    private static FormatsFile Load()
    {
        using var stream = typeof(ReportFormats).Assembly.GetManifestResourceStream("Gongkai.report-formats.json")
            ?? throw new InvalidOperationException("The embedded report-formats.json is missing from the build.");
        var raw = JsonSerializer.Deserialize<RawFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("report-formats.json is empty.");
        return new FormatsFile(raw.Formats.Select(ToFormat).ToList(), raw.ProcedureOutcomeToRow);
    }

    private static ReportFormat ToFormat(RawFormat f) => new(
        f.Id, f.Name, f.DocumentNumber, f.FirstYear, f.LastYear,
        f.Sections.Select(s => new SectionDefinition(s.Id, s.No, s.Heading, s.Aliases)).ToList(),
        f.Tables.Select(t => new TableDefinition(
            t.Id, t.Section, t.Caption, t.Layout, t.LabelColumnHeader, t.CornerText, t.TopHeader,
            t.Columns.Select(c => new ColumnDefinition(c.Id, c.Label, c.Group, c.Type, c.Unit, c.Computed)).ToList(),
            t.Rows.Select(r => new RowDefinition(r.Id, r.Label, r.Level, r.GroupLabel, r.Parent, r.Group, r.Computed)).ToList()))
            .ToList());

    private sealed record FormatsFile(IReadOnlyList<ReportFormat> Formats, IReadOnlyList<RawOutcome> OutcomeRows);

    private sealed record RawFile(List<RawFormat> Formats, List<RawOutcome> ProcedureOutcomeToRow);

    private sealed record RawFormat(
        string Id, string Name, string DocumentNumber, int FirstYear, int? LastYear,
        List<RawSection> Sections, List<RawTable> Tables);

    private sealed record RawSection(string Id, string No, string Heading, List<string> Aliases);

    private sealed record RawTable(
        string Id, string Section, string Caption, TableLayout Layout, string? LabelColumnHeader,
        string? CornerText, string? TopHeader, List<RawColumn> Columns, List<RawRow> Rows);

    private sealed record RawColumn(string Id, string Label, string? Group, CellType Type, string? Unit, bool Computed);

    private sealed record RawRow(string Id, string Label, int Level, bool GroupLabel, string? Parent, string? Group, bool Computed);

    private sealed record RawOutcome(
        string Outcome,
        [property: JsonPropertyName("cn-gov-2019-trial")] string? Trial2019,
        [property: JsonPropertyName("cn-gov-2021")] string? Format2021);
}
