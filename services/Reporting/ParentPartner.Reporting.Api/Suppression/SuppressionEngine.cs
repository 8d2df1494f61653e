using ParentPartner.Contracts.Alliance;

namespace ParentPartner.Reporting.Api.Suppression;

/// <summary>
/// Small-cell suppression with complementary suppression over a table with row, column and grand totals.
/// <para>
/// What a reader knows: every row and every column (the totals row and column included) is an equation, its
/// cells add up to its total; and every suppressed entry is at least 1, because zeros are shown. A suppressed
/// entry can be worked out exactly when no other table fits what was published with that entry changed. Seen
/// as a bipartite graph (a vertex per row line and per column line, an edge per entry), two tables that fit
/// differ by alternating cycles of suppressed entries (+1, −1 around the cycle, with the sign of a margin
/// entry flipped because it sits on the other side of its equation), and such a cycle may not take an entry
/// of 1 down to 0. So an entry is exposed when it lies on no cycle of suppressed entries (it follows from the
/// totals: the textbook bridge) or on no cycle that can move (e.g. two suppressed cells of a row that must add
/// up to 2: both are 1). The engine suppresses every count from 1 to the limit (zeros stay shown), then, while
/// some suppressed entry is exposed, also suppresses the cheapest detour that closes a movable cycle through it
/// (a shortest path where a suppressed entry costs 0 and a shown one its count). Such a detour always exists:
/// any non-zero cell, its row and column totals and the grand total form a cycle that can move up.
/// </para>
/// </summary>
public static class SuppressionEngine
{
    public static SuppressedTable Suppress(CountTable table, int smallCellLimit = ReportedFigure.SmallCellLimit)
    {
        var rows = table.Rows + 1;
        var columns = table.Columns + 1;
        var states = new CellState[rows, columns];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                if (table[row, column] >= 1 && table[row, column] <= smallCellLimit)
                {
                    states[row, column] = CellState.Primary;
                }
            }
        }

        while (FindExposed(table, states) is var (exposedRow, exposedColumn))
        {
            var added = 0;
            foreach (var (row, column) in CheapestDetour(table, states, exposedRow, exposedColumn))
            {
                if (states[row, column] == CellState.Published)
                {
                    states[row, column] = CellState.Complementary;
                    added++;
                }
            }
            // A detour made only of suppressed entries would mean the entry could move already.
            if (added == 0)
            {
                throw new InvalidOperationException("Suppression made no progress; the table is inconsistent.");
            }
        }
        return new SuppressedTable(table, states);
    }

    /// <summary>The first suppressed entry (row-major) that a reader could work out, or null.</summary>
    internal static (int Row, int Column)? FindExposed(CountTable table, CellState[,] states)
    {
        for (var row = 0; row < states.GetLength(0); row++)
        {
            for (var column = 0; column < states.GetLength(1); column++)
            {
                if (states[row, column] != CellState.Published
                    && !CanMove(table, states, row, column, up: true) && !CanMove(table, states, row, column, up: false))
                {
                    return (row, column);
                }
            }
        }
        return null;
    }

    // Lines as vertices: row lines 0..rows-1, then column lines. Going around a cycle, an entry crossed from its
    // row line to its column line changes by +1 on the "cells minus total" side of the equations, one crossed the
    // other way by −1; a margin entry (a row or column total, not the grand total) sits on the other side, so its
    // own value moves the opposite way.
    private static int Change(CountTable table, int row, int column, bool rowToColumn)
    {
        var margin = (row == table.Rows) != (column == table.Columns);
        return rowToColumn != margin ? 1 : -1;
    }

    private static bool Usable(CountTable table, int row, int column, bool rowToColumn) =>
        Change(table, row, column, rowToColumn) > 0 || table[row, column] >= 2;

    /// <summary>
    /// Whether a cycle of suppressed entries through (row, column) can move it up (or down) by one without taking
    /// any entry below 1: the entry crossed in the direction that moves it that way, then a path back among the
    /// other suppressed entries, each crossed in a direction it can take.
    /// </summary>
    private static bool CanMove(CountTable table, CellState[,] states, int row, int column, bool up)
    {
        if (!up && table[row, column] < 2)
        {
            return false;
        }
        var (from, to) = Ends(table, row, column, up);
        return Path(table, states, from, to, (row, column), suppressedOnly: true) is not null;
    }

    // The path back must start where the entry's crossing ends: at its column line if it is crossed row → column.
    private static (int From, int To) Ends(CountTable table, int row, int column, bool up)
    {
        var rows = table.Rows + 1;
        var rowToColumn = Change(table, row, column, rowToColumn: true) > 0 == up;
        return rowToColumn ? (rows + column, row) : (row, rows + column);
    }

    // The entries to add so that (row, column) can move up: the cheapest path back, where suppressed entries cost 0.
    private static List<(int Row, int Column)> CheapestDetour(CountTable table, CellState[,] states, int row, int column)
    {
        var (from, to) = Ends(table, row, column, up: true);
        return Path(table, states, from, to, (row, column), suppressedOnly: false)
            ?? throw new InvalidOperationException("No detour around a suppressed entry; the table is inconsistent.");
    }

    // Dijkstra over line vertices, never through `skip` nor a shown zero; with suppressedOnly, shown entries are walls.
    private static List<(int Row, int Column)>? Path(
        CountTable table, CellState[,] states, int from, int to, (int Row, int Column) skip, bool suppressedOnly)
    {
        var rows = states.GetLength(0);
        var columns = states.GetLength(1);
        var vertices = rows + columns;
        var distance = Enumerable.Repeat(long.MaxValue, vertices).ToArray();
        var previous = Enumerable.Repeat(-1, vertices).ToArray();
        var done = new bool[vertices];
        distance[from] = 0;

        while (true)
        {
            var vertex = -1;
            for (var v = 0; v < vertices; v++)
            {
                if (!done[v] && distance[v] != long.MaxValue && (vertex < 0 || distance[v] < distance[vertex]))
                {
                    vertex = v;
                }
            }
            if (vertex < 0)
            {
                return null;
            }
            if (vertex == to)
            {
                break;
            }
            done[vertex] = true;
            var fromRow = vertex < rows;
            for (var other = 0; other < (fromRow ? columns : rows); other++)
            {
                var (row, column) = fromRow ? (vertex, other) : (other, vertex - rows);
                var next = fromRow ? rows + other : other;
                var suppressed = states[row, column] != CellState.Published;
                if (done[next] || (row, column) == skip || (!suppressed && (suppressedOnly || table[row, column] == 0))
                    || !Usable(table, row, column, fromRow))
                {
                    continue;
                }
                long cost = suppressed ? 0 : table[row, column];
                if (distance[vertex] + cost < distance[next])
                {
                    distance[next] = distance[vertex] + cost;
                    previous[next] = vertex;
                }
            }
        }

        var path = new List<(int, int)>();
        for (var v = to; v != from; v = previous[v])
        {
            var u = previous[v];
            path.Add(u < rows ? (u, v - rows) : (v, u - rows));
        }
        return path;
    }
}
