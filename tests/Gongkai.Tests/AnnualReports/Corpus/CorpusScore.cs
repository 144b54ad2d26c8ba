using Gongkai.AnnualReports;

namespace Gongkai.Tests.AnnualReports.Corpus;

/// <summary>
/// How the importer read one table of a corpus report against the hand-written figures. Only printed figures count as
/// right, wrong or unknown; an empty cell read as a figure other than 0 is counted as <see cref="Invented"/>.
/// </summary>
public sealed record CorpusScore(int Right, int Wrong, int Unknown, int Invented, IReadOnlyList<string> WrongCells)
{
    public int Visible => Right + Wrong + Unknown;

    public static CorpusScore Of(CorpusReport expected, AnnualReport? read, string table)
    {
        int right = 0, wrong = 0, unknown = 0, invented = 0;
        var wrongCells = new List<string>();
        if (!expected.Tables.TryGetValue(table, out var rows))
        {
            return new CorpusScore(0, 0, 0, 0, []);
        }

        foreach (var (row, cells) in rows)
        {
            foreach (var (column, figure) in cells)
            {
                var actual = read?.Table(table)[row, column].Numeric;
                if (figure is null)
                {
                    if (actual is { } invention && invention != 0)
                    {
                        invented++;
                        wrongCells.Add($"{row}/{column}: empty, read {invention}");
                    }
                }
                else if (actual is null)
                {
                    unknown++;
                }
                else if (actual == figure)
                {
                    right++;
                }
                else
                {
                    wrong++;
                    wrongCells.Add($"{row}/{column}: {figure}, read {actual}");
                }
            }
        }

        return new CorpusScore(right, wrong, unknown, invented, wrongCells);
    }

    public static CorpusScore Sum(IEnumerable<CorpusScore> scores)
    {
        var list = scores.ToList();
        return new CorpusScore(list.Sum(s => s.Right), list.Sum(s => s.Wrong), list.Sum(s => s.Unknown), list.Sum(s => s.Invented),
            list.SelectMany(s => s.WrongCells).ToList());
    }
}
