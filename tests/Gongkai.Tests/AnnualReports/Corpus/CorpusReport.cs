using System.Text.Json;

namespace Gongkai.Tests.AnnualReports.Corpus;

/// <summary>
/// One real published report of the corpus: its source file as published, and the figures a careful reader sees in it
/// (expected.json, written by hand). A row present in <see cref="Tables"/> is visible in the source; a null cell is
/// printed empty or unreadable. Rows the stored copy does not reach are absent. <see cref="Complete"/>: every table of
/// the report is in the stored copy, or plainly absent (published as an image); <see cref="Breaks"/>: the rules its
/// visible figures break, blank cells counting as zero.
/// </summary>
public sealed record CorpusReport(
    string Name,
    string SourcePath,
    string? Agency,
    int? Year,
    string Format,
    bool Complete,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal?>>> Tables,
    IReadOnlyList<string> Breaks)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "AnnualReports", "Corpus");

    public static IReadOnlyList<CorpusReport> All { get; } = Load();

    public byte[] Content => File.ReadAllBytes(SourcePath);

    public string FileName => Path.GetFileName(SourcePath);

    public override string ToString() => Name;

    private static List<CorpusReport> Load() =>
        Directory.GetDirectories(Folder).Order(StringComparer.Ordinal).Select(Read).ToList();

    private static CorpusReport Read(string folder)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var root = json.RootElement;
        var source = Directory.GetFiles(folder, "source.*").Single();
        var tables = root.GetProperty("tables").EnumerateObject().ToDictionary(
            t => t.Name,
            t => (IReadOnlyDictionary<string, IReadOnlyDictionary<string, decimal?>>)t.Value.EnumerateObject().ToDictionary(
                r => r.Name,
                r => (IReadOnlyDictionary<string, decimal?>)r.Value.EnumerateObject().ToDictionary(
                    c => c.Name, c => c.Value.ValueKind == JsonValueKind.Null ? (decimal?)null : c.Value.GetDecimal())));
        var breaks = root.TryGetProperty("breaks", out var b) ? b.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
        return new CorpusReport(
            Path.GetFileName(folder),
            source,
            root.GetProperty("agency").GetString(),
            root.GetProperty("year").ValueKind == JsonValueKind.Null ? null : root.GetProperty("year").GetInt32(),
            root.GetProperty("format").GetString()!,
            root.GetProperty("complete").GetBoolean(),
            tables,
            breaks);
    }
}
