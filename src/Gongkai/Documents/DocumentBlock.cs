namespace Gongkai.Documents;

/// <summary>A block of a <see cref="DocumentModel"/>: a heading, a paragraph or a table.</summary>
public abstract record DocumentBlock;

/// <summary>A heading; level 1 is a section heading (一、总体情况), level 2 a sub-heading or table caption.</summary>
public sealed record HeadingBlock(int Level, string Text) : DocumentBlock;

public sealed record ParagraphBlock(string Text) : DocumentBlock
{
    /// <summary>Body text by default; letters also need a flush-left salutation and a right-aligned signature.</summary>
    public ParagraphAlign Align { get; init; } = ParagraphAlign.Body;

    /// <summary>Space kept free at the right margin, in body characters (GB/T 9704 sets the date 右空四字).</summary>
    public double RightIndentChars { get; init; }
}

/// <summary>
/// A table as a grid with explicit spans, the way HTML writes it: a cell covered by another cell's span is left out of
/// its row. <see cref="Place"/> gives every cell its grid position.
/// </summary>
public sealed record TableBlock(string Id, int ColumnCount, IReadOnlyList<TableRowModel> Rows) : DocumentBlock
{
    /// <summary>
    /// Relative widths of the grid columns (labels wider than figures), so paged formats need not guess; null for equal widths.
    /// </summary>
    public IReadOnlyList<double>? ColumnWeights { get; init; }

    /// <summary>Each cell with its top-left grid position, in reading order.</summary>
    public IEnumerable<PlacedCell> Place()
    {
        var occupied = new HashSet<(int Row, int Column)>();
        for (var r = 0; r < Rows.Count; r++)
        {
            var column = 0;
            foreach (var cell in Rows[r].Cells)
            {
                while (occupied.Contains((r, column)))
                {
                    column++;
                }

                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                    {
                        occupied.Add((r + dr, column + dc));
                    }
                }

                yield return new PlacedCell(r, column, cell, Rows[r].IsHeader);
                column += cell.ColSpan;
            }
        }
    }
}

public sealed record TableRowModel(IReadOnlyList<TableCellModel> Cells, bool IsHeader = false);

/// <summary>
/// A table cell. <see cref="Number"/> is set for figures so spreadsheet output keeps them numeric;
/// <see cref="Mark"/> says whether the figure was read, inferred, left blank or lost.
/// </summary>
public sealed record TableCellModel(string Text)
{
    public int ColSpan { get; init; } = 1;
    public int RowSpan { get; init; } = 1;
    public decimal? Number { get; init; }
    public CellAlign Align { get; init; } = CellAlign.Left;
    public CellMark Mark { get; init; } = CellMark.None;

    /// <summary>Why the cell is marked, such as the rule that inferred it; shown as a tooltip or comment.</summary>
    public string? Note { get; init; }
}

public sealed record PlacedCell(int Row, int Column, TableCellModel Cell, bool IsHeader);

public enum CellAlign
{
    Left,
    Center,
    Right,
}

public enum CellMark
{
    None,
    Inferred,
    Blank,
    Missing,
}
