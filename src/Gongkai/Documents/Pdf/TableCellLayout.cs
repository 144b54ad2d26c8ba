namespace Gongkai.Documents.Pdf;

/// <summary>A table cell with its grid area (spans clipped to the grid), its text and, once columns are sized, its lines.</summary>
internal sealed class TableCellLayout(PlacedCell placed, int rowSpan, int colSpan, ShapedText text)
{
    public TableCellModel Cell => placed.Cell;

    public bool IsHeader => placed.IsHeader;

    public int Row => placed.Row;

    public int Column => placed.Column;

    public int RowSpan => rowSpan;

    public int ColSpan => colSpan;

    public int LastRow => Row + RowSpan - 1;

    public ShapedText Text => text;

    public List<(int Start, int End)> Lines { get; set; } = [];

    /// <summary>Figures read best centred in an official table; an explicit right alignment is kept.</summary>
    public CellAlign Align => IsHeader ? CellAlign.Center
        : Cell.Number is not null && Cell.Align == CellAlign.Left ? CellAlign.Center
        : Cell.Align;
}
