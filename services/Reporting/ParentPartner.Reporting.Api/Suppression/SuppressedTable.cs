namespace ParentPartner.Reporting.Api.Suppression;

/// <summary>A <see cref="CountTable"/> with each entry's suppression state, and what may be published of it.</summary>
public sealed class SuppressedTable
{
    private readonly CellState[,] _states;

    internal SuppressedTable(CountTable table, CellState[,] states)
    {
        Table = table;
        _states = states;
    }

    public CountTable Table { get; }

    public CellState State(int row, int column) => _states[row, column];

    public bool IsSuppressed(int row, int column) => _states[row, column] != CellState.Published;

    /// <summary>The count, or null when suppressed.</summary>
    public int? Published(int row, int column) => IsSuppressed(row, column) ? null : Table[row, column];

    /// <summary>
    /// The entry as a percentage of its row's total (one decimal), for entries left of the total column. Null
    /// when the entry or the total is suppressed (either would give the other away) or the total is 0.
    /// </summary>
    public decimal? SharePercent(int row, int column)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Table.Columns);
        var total = Table[row, Table.Columns];
        if (IsSuppressed(row, column) || IsSuppressed(row, Table.Columns) || total == 0)
        {
            return null;
        }
        return Math.Round(100m * Table[row, column] / total, 1, MidpointRounding.AwayFromZero);
    }

    public int SuppressedCount()
    {
        var count = 0;
        foreach (var state in _states)
        {
            count += state == CellState.Published ? 0 : 1;
        }
        return count;
    }
}
