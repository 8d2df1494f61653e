namespace ParentPartner.Reporting.Api.Suppression;

/// <summary>
/// A table of counts with its margins, as published: (Rows + 1) × (Columns + 1) entries, where row
/// <see cref="Rows"/> holds the column totals, column <see cref="Columns"/> the row totals, and the corner the
/// grand total. A one-row table is a list of figures with its total (the column totals repeat the cells).
/// </summary>
public sealed class CountTable
{
    private readonly int[,] _entries;

    public CountTable(int[,] cells)
    {
        Rows = cells.GetLength(0);
        Columns = cells.GetLength(1);
        if (Rows == 0 || Columns == 0)
        {
            throw new ArgumentException("A table needs at least one row and one column.", nameof(cells));
        }
        _entries = new int[Rows + 1, Columns + 1];
        for (var row = 0; row < Rows; row++)
        {
            for (var column = 0; column < Columns; column++)
            {
                var count = cells[row, column];
                ArgumentOutOfRangeException.ThrowIfNegative(count, nameof(cells));
                _entries[row, column] = count;
                _entries[row, Columns] += count;
                _entries[Rows, column] += count;
                _entries[Rows, Columns] += count;
            }
        }
    }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>An entry: a cell, a row total (column == Columns), a column total (row == Rows) or the grand total.</summary>
    public int this[int row, int column] => _entries[row, column];

    public static CountTable OneRow(params int[] cells)
    {
        var table = new int[1, cells.Length];
        for (var column = 0; column < cells.Length; column++)
        {
            table[0, column] = cells[column];
        }
        return new CountTable(table);
    }
}
