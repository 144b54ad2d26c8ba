namespace Gongkai.AnnualReports.Import;

/// <summary>A source row with its text as printed and its compact form, computed once per line.</summary>
internal sealed record ParsedLine(SourceRow Row, string Text, string Compact)
{
    public static ParsedLine From(SourceRow row)
    {
        var text = string.Join(' ', row.Cells.Select(c => c.Trim()).Where(c => c.Length > 0));
        return new ParsedLine(row, text, TextFolding.Compact(text));
    }
}
