using System.Globalization;
using Gongkai.AnnualReports;
using Gongkai.AnnualReports.Formats;
using Gongkai.AnnualReports.Import;

namespace Gongkai.Tests.AnnualReports.Layouts;

/// <summary>
/// Property test over the published layouts: random valid reports of both formats, rendered into each layout and
/// imported again, give back every figure or leave it unknown — never a wrong figure. How much each layout leaves
/// unknown today is pinned as a ceiling, so the reader rewrite (issue 8) can only lower it.
/// </summary>
public class LayoutVariantTests(ITestOutputHelper output)
{
    private const int ReportsPerCase = 6;

    /// <summary>Layouts in which today's importer reads some figure wrong; the test checks each still does.</summary>
    private static readonly HashSet<(ReportLayout, string)> WrongFigureGaps = [];

    /// <summary>
    /// The share of cells today's importer leaves unknown over the case's reports, per layout and format (1 = nothing
    /// read), as measured; a change that reads more lowers the figure here.
    /// </summary>
    private static readonly Dictionary<(ReportLayout, string), double> UnknownCeilings = new()
    {
        [(ReportLayout.OneCellPerLine, ReportFormats.Trial2019)] = 1098.0 / 1188,
        [(ReportLayout.OneCellPerLine, ReportFormats.Format2021)] = 1086.0 / 1200,
        [(ReportLayout.OneCellPerLineWithBars, ReportFormats.Trial2019)] = 1098.0 / 1188,
        [(ReportLayout.OneCellPerLineWithBars, ReportFormats.Format2021)] = 1110.0 / 1200,
        [(ReportLayout.BarJoined, ReportFormats.Trial2019)] = 1098.0 / 1188,
        [(ReportLayout.BarJoined, ReportFormats.Format2021)] = 1086.0 / 1200,
        [(ReportLayout.SpaceSeparated, ReportFormats.Trial2019)] = 974.0 / 1188,
        [(ReportLayout.SpaceSeparated, ReportFormats.Format2021)] = 1052.0 / 1200,
        [(ReportLayout.DigitsRunTogether, ReportFormats.Trial2019)] = 1,
        [(ReportLayout.DigitsRunTogether, ReportFormats.Format2021)] = 1,
        [(ReportLayout.FewLines, ReportFormats.Trial2019)] = 222.0 / 1188,
        [(ReportLayout.FewLines, ReportFormats.Format2021)] = 150.0 / 1200,
        [(ReportLayout.Html, ReportFormats.Trial2019)] = 0,
        [(ReportLayout.Html, ReportFormats.Format2021)] = 0,
        [(ReportLayout.Pdf, ReportFormats.Trial2019)] = 0,
        [(ReportLayout.Pdf, ReportFormats.Format2021)] = 0,
        [(ReportLayout.Docx, ReportFormats.Trial2019)] = 0,
        [(ReportLayout.Docx, ReportFormats.Format2021)] = 0,
    };

    public static TheoryData<ReportLayout, string> Cases()
    {
        var cases = new TheoryData<ReportLayout, string>();
        foreach (var layout in Enum.GetValues<ReportLayout>())
        {
            cases.Add(layout, ReportFormats.Trial2019);
            cases.Add(layout, ReportFormats.Format2021);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryFigureComesBackOrIsLeftUnknownNeverWrong(ReportLayout layout, string formatId)
    {
        int right = 0, unknown = 0;
        var wrong = new List<string>();
        for (var seed = 1; seed <= ReportsPerCase; seed++)
        {
            var original = RandomReport(formatId, seed);
            var (fileName, content) = ReportLayouts.Render(original, layout);
            AnnualReport? read = null;
            try
            {
                read = ReportImporter.Import(fileName, content);
            }
            catch (ReportImportException e)
            {
                output.WriteLine($"seed {seed}: not imported: {e.Message}");
            }

            foreach (var table in original.Tables.Values)
            {
                foreach (var row in table.Definition.DataRows)
                {
                    foreach (var column in table.Definition.Columns)
                    {
                        var expected = table[row.Id, column.Id].Numeric;
                        var actual = read?.Format.Id == formatId ? read.Table(table.Id)[row.Id, column.Id].Numeric : null;
                        if (actual is null)
                        {
                            unknown++;
                        }
                        else if (actual == expected)
                        {
                            right++;
                        }
                        else
                        {
                            wrong.Add(string.Create(CultureInfo.InvariantCulture, $"seed {seed} {table.Id} {row.Id}/{column.Id}: {expected}, read {actual}"));
                        }
                    }
                }
            }
        }

        var cells = right + unknown + wrong.Count;
        var unknownShare = (double)unknown / cells;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{layout} {formatId}: {right} right, {wrong.Count} wrong, {unknown} unknown of {cells} cells ({unknownShare:P1} unknown)"));
        wrong.ForEach(output.WriteLine);

        if (WrongFigureGaps.Contains((layout, formatId)))
        {
            Assert.True(wrong.Count > 0, $"{layout} {formatId} reads no figure wrong now: remove it from WrongFigureGaps");
        }
        else
        {
            Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(20)));
        }

        var ceiling = UnknownCeilings[(layout, formatId)];
        Assert.True(unknownShare <= ceiling + 1e-9,
            string.Create(CultureInfo.InvariantCulture, $"{layout} {formatId}: {unknownShare:P1} of the cells unknown, above today's {ceiling:P1}"));
    }

    /// <summary>
    /// A valid report of the format from the report engine's builder, with multi-digit figures added the way the builder
    /// keeps every equation true, so runs of digits can be split more than one way.
    /// </summary>
    private static AnnualReport RandomReport(string formatId, int seed)
    {
        var year = ReportFormats.Get(formatId).FirstYear + (seed % 2);
        return ReportBuilder.Correct(formatId, year, seed)
            .Shift("result.granted", "natural_person", 97 * seed)
            .Shift("unable.not_held", "legal.commercial", 13 * seed)
            .Narrate();
    }
}
