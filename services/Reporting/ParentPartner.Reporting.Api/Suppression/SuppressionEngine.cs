using ParentPartner.Contracts.Alliance;

namespace ParentPartner.Reporting.Api.Suppression;

/// <summary>
/// Small-cell suppression with complementary suppression over a table with row, column and grand totals.
/// <para>
/// Every row and every column (the totals row and column included) is an equation: its cells add up to its
/// total. Seen as a bipartite graph (a vertex per row line and per column line, an edge per entry), a reader
/// can work out a suppressed entry exactly when it is a bridge of the suppressed entries' subgraph, i.e. lies
/// on no cycle of suppressed entries (the equations' null space is spanned by those cycles). So: suppress
/// every count from 1 to the limit (zeros stay shown), then, while some suppressed entry is a bridge, also
/// suppress the cheapest detour that closes a cycle through it (a shortest path between its row and its column
/// where an already suppressed entry costs 0 and a shown one its count; zeros are never needed, because the
/// non-zero entries of a table with its totals always form cycles). The end state has no bridge, so every
/// line holding a suppressed entry holds at least two, and no suppressed value follows from any combination
/// of the published totals and cells.
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

        while (FindBridge(states) is var (bridgeRow, bridgeColumn))
        {
            var added = 0;
            foreach (var (row, column) in CheapestDetour(table, states, bridgeRow, bridgeColumn))
            {
                if (states[row, column] == CellState.Published)
                {
                    states[row, column] = CellState.Complementary;
                    added++;
                }
            }
            // A detour made only of suppressed entries would mean the entry was on a cycle already.
            if (added == 0)
            {
                throw new InvalidOperationException("Suppression made no progress; the table is inconsistent.");
            }
        }
        return new SuppressedTable(table, states);
    }

    /// <summary>The first suppressed entry (row-major) that lies on no cycle of suppressed entries, or null.</summary>
    internal static (int Row, int Column)? FindBridge(CellState[,] states)
    {
        var rows = states.GetLength(0);
        var columns = states.GetLength(1);
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                if (states[row, column] != CellState.Published && !Connected(states, row, column))
                {
                    return (row, column);
                }
            }
        }
        return null;
    }

    // Whether row line `row` reaches column line `column` through suppressed entries other than (row, column).
    private static bool Connected(CellState[,] states, int row, int column)
    {
        var rows = states.GetLength(0);
        var columns = states.GetLength(1);
        var seen = new bool[rows + columns];
        var queue = new Queue<int>();
        queue.Enqueue(row);
        seen[row] = true;
        while (queue.Count > 0)
        {
            var vertex = queue.Dequeue();
            if (vertex < rows)
            {
                for (var c = 0; c < columns; c++)
                {
                    if ((vertex, c) != (row, column) && states[vertex, c] != CellState.Published && !seen[rows + c])
                    {
                        if (c == column)
                        {
                            return true;
                        }
                        seen[rows + c] = true;
                        queue.Enqueue(rows + c);
                    }
                }
            }
            else
            {
                var c = vertex - rows;
                for (var r = 0; r < rows; r++)
                {
                    if ((r, c) != (row, column) && states[r, c] != CellState.Published && !seen[r])
                    {
                        seen[r] = true;
                        queue.Enqueue(r);
                    }
                }
            }
        }
        return false;
    }

    // Dijkstra from the bridge's row line to its column line, not using the bridge itself nor any zero entry.
    private static List<(int Row, int Column)> CheapestDetour(CountTable table, CellState[,] states, int fromRow, int toColumn)
    {
        var rows = states.GetLength(0);
        var columns = states.GetLength(1);
        var vertices = rows + columns;
        var distance = Enumerable.Repeat(long.MaxValue, vertices).ToArray();
        var previous = Enumerable.Repeat(-1, vertices).ToArray();
        var done = new bool[vertices];
        distance[fromRow] = 0;
        var target = rows + toColumn;

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
                throw new InvalidOperationException("No detour around a suppressed entry; the table is inconsistent.");
            }
            if (vertex == target)
            {
                break;
            }
            done[vertex] = true;
            for (var other = 0; other < (vertex < rows ? columns : rows); other++)
            {
                var (row, column) = vertex < rows ? (vertex, other) : (other, vertex - rows);
                var next = vertex < rows ? rows + other : other;
                if (done[next] || (row, column) == (fromRow, toColumn))
                {
                    continue;
                }
                long cost = states[row, column] != CellState.Published ? 0 : table[row, column];
                if (cost == 0 && states[row, column] == CellState.Published)
                {
                    continue;
                }
                if (distance[vertex] + cost < distance[next])
                {
                    distance[next] = distance[vertex] + cost;
                    previous[next] = vertex;
                }
            }
        }

        var path = new List<(int, int)>();
        for (var v = target; v != fromRow; v = previous[v])
        {
            var u = previous[v];
            path.Add(u < rows ? (u, v - rows) : (v, u - rows));
        }
        return path;
    }
}
