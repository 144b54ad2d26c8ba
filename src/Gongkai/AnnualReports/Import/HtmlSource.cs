using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Gongkai.AnnualReports.Import;

/// <summary>
/// An HTML page as rows: block elements become lines, each &lt;table&gt; becomes a grid with rowspan and colspan
/// spread out, so a group label spanning rows stands in front of each of its sub-rows.
/// </summary>
internal static class HtmlSource
{
    private static readonly HashSet<string> Skipped = ["script", "style", "head", "noscript", "template", "title"];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
        "table", "tbody", "thead", "tfoot", "blockquote", "center", "header", "footer", "dd", "dt", "caption",
    ];

    // Marks the columns a value's colspan covers past its first: one printed number is one cell, so a row whose last
    // value spans the rest of the grid reads as that many values, not a value and a blank.
    private static readonly string Continued = new('\0', 1);

    // A malformed span would otherwise allocate without bound.
    private const int MaxSpan = 200;

    public static List<SourceRow> Read(string html, ImportBudget budget) => ReadPage(html, budget).Rows;

    /// <summary>The page as rows, with the number of images in its body: a report published as a picture has no rows to read.</summary>
    public static (List<SourceRow> Rows, int Images) ReadPage(string html, ImportBudget budget)
    {
        var document = Parse(html, budget);
        var rows = new List<SourceRow>();
        var line = new StringBuilder();
        var body = document.Body ?? document.DocumentElement;
        Walk(body, rows, line, preformatted: false, new Walking(budget, 0));
        Flush(rows, line);
        return (rows, body.QuerySelectorAll("img").Length);
    }

    /// <summary>
    /// Parses with the element count and nesting bounded while the tree is built: each open element costs the
    /// tree builder a walk of its stack, so 200,000 nested &lt;div&gt; take minutes (issue 7, finding 3). An element is
    /// placed when the next one is created, so its depth is measured then.
    /// </summary>
    private static IHtmlDocument Parse(string html, ImportBudget budget)
    {
        var limits = budget.Limits;
        IElement? previous = null;
        var count = 0;
        var options = new HtmlParserOptions
        {
            OnCreated = (element, _) =>
            {
                if (++count > limits.MaxHtmlElements)
                {
                    throw ImportBudget.Exceeded($"HTML 元素超过 {limits.MaxHtmlElements} 个的上限");
                }

                CheckDepth(previous, limits);
                previous = element;
                if (count % 1024 == 0)
                {
                    budget.Check();
                }
            },
        };
        var document = new HtmlParser(options).ParseDocument(html);
        CheckDepth(previous, limits);
        return document;
    }

    private static void CheckDepth(IElement? element, ImportLimits limits)
    {
        var depth = 0;
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (++depth > limits.MaxDepth)
            {
                throw ImportBudget.Exceeded($"HTML 元素嵌套超过 {limits.MaxDepth} 层的上限");
            }
        }
    }

    /// <summary>The budget and how deep the walk is, for elements a misnested page placed deeper than their creation showed.</summary>
    private readonly record struct Walking(ImportBudget Budget, int Depth)
    {
        public Walking Deeper()
        {
            Budget.Check();
            return Depth < Budget.Limits.MaxDepth
                ? this with { Depth = Depth + 1 }
                : throw ImportBudget.Exceeded($"HTML 元素嵌套超过 {Budget.Limits.MaxDepth} 层的上限");
        }
    }

    private static void Walk(INode node, List<SourceRow> rows, StringBuilder line, bool preformatted, Walking walking)
    {
        walking = walking.Deeper();
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text when preformatted:
                    var pieces = text.Data.Split('\n');
                    for (var i = 0; i < pieces.Length; i++)
                    {
                        if (i > 0)
                        {
                            Flush(rows, line);
                        }

                        line.Append(pieces[i]);
                    }

                    break;
                case IText text:
                    line.Append(text.Data.Replace('\n', ' ').Replace('\r', ' '));
                    break;
                case IHtmlTableElement table when table.QuerySelector("table") is null:
                    Flush(rows, line);
                    ReadTable(table, rows);
                    break;
                case IElement element when Skipped.Contains(element.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    Flush(rows, line);
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName) || element.LocalName == "pre";
                    if (block)
                    {
                        Flush(rows, line);
                    }

                    Walk(element, rows, line, preformatted || element.LocalName == "pre", walking);
                    if (block)
                    {
                        Flush(rows, line);
                    }

                    break;
            }
        }
    }

    private static void Flush(List<SourceRow> rows, StringBuilder line)
    {
        if (line.Length > 0 && TextSource.ToRow(line.ToString()) is { } row)
        {
            rows.Add(row);
        }

        line.Clear();
    }

    private static void ReadTable(IHtmlTableElement table, List<SourceRow> rows)
    {
        var grid = new List<List<string?>>();
        var tableRows = table.Rows.ToList();
        for (var r = 0; r < tableRows.Count; r++)
        {
            var column = 0;
            foreach (var cell in tableRows[r].Cells)
            {
                var cells = RowAt(grid, r);
                while (column < cells.Count && cells[column] is not null)
                {
                    column++;
                }

                var text = CellText(cell);
                var spread = IsValue(text) ? "" : text;
                var continued = IsValue(text) ? Continued : text;
                var rowSpan = Math.Clamp(cell.RowSpan, 1, Math.Min(MaxSpan, tableRows.Count - r));
                var columnSpan = Math.Clamp(cell.ColumnSpan, 1, MaxSpan);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    var target = RowAt(grid, r + dr);
                    for (var dc = 0; dc < columnSpan; dc++)
                    {
                        while (target.Count <= column + dc)
                        {
                            target.Add(null);
                        }

                        target[column + dc] = dc > 0 ? continued : dr == 0 ? text : spread;
                    }
                }

                column += columnSpan;
            }
        }

        rows.AddRange(grid.Select(cells => new SourceRow(cells.Where(c => !ReferenceEquals(c, Continued)).Select(c => c ?? "").ToList(), true)));
    }

    private static List<string?> RowAt(List<List<string?>> grid, int r)
    {
        while (grid.Count <= r)
        {
            grid.Add([]);
        }

        return grid[r];
    }

    private static string CellText(IElement cell)
    {
        var text = new StringBuilder();
        foreach (var node in cell.Descendants())
        {
            if (node is IText t)
            {
                text.Append(t.Data);
            }
            else if (node is IElement { LocalName: "br" or "p" or "div" })
            {
                text.Append(' ');
            }
        }

        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // A number spanning several cells is printed once; repeating it would double it.
    private static bool IsValue(string text) =>
        text.Length == 0 || CellParser.TryParse(TextFolding.Fold(text).Replace(" ", "", StringComparison.Ordinal), out _);
}
