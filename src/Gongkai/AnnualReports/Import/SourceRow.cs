namespace Gongkai.AnnualReports.Import;

/// <summary>
/// One line of an input as cell texts. Structured rows come from real tables (HTML, Word, Markdown), where an empty
/// cell is a printed blank; in text rows (plain text, PDF) empty fields are only layout and carry no meaning.
/// </summary>
internal sealed record SourceRow(IReadOnlyList<string> Cells, bool Structured)
{
    public static SourceRow Text(string line) => new(line.Split('\t'), false);
}
