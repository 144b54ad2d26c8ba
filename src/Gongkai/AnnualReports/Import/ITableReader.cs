namespace Gongkai.AnnualReports.Import;

/// <summary>Reads the lines of one section's tables; the parser hands each line to the reader of the current section.</summary>
internal interface ITableReader
{
    void Read(ParsedLine line);

    /// <summary>Called when the reader's section ends, for readers that collect across lines.</summary>
    void Finish();
}
