using Google.OrTools.LinearSolver;
using ParentPartner.Reporting.Api.Suppression;

namespace ParentPartner.Reporting.Tests.Rules;

/// <summary>
/// What a reader can work out from a published table, computed independently of the engine: every row and
/// column with its total is a linear equation; a suppressed entry can be recovered exactly when its column in
/// the equations over the suppressed entries is independent of the others' (rank drops without it).
/// </summary>
public static class SuppressionOracle
{
    /// <summary>Every line (a row or column with its total, the totals row and column included) as its entries.</summary>
    public static IEnumerable<(int Row, int Column)[]> Lines(CountTable table)
    {
        for (var row = 0; row <= table.Rows; row++)
        {
            yield return [.. Enumerable.Range(0, table.Columns + 1).Select(column => (row, column))];
        }
        for (var column = 0; column <= table.Columns; column++)
        {
            yield return [.. Enumerable.Range(0, table.Rows + 1).Select(row => (row, column))];
        }
    }

    /// <summary>The suppressed entries whose value follows from the published ones.</summary>
    public static IReadOnlyList<(int Row, int Column)> Recoverable(SuppressedTable published)
    {
        var table = published.Table;
        var unknowns = new List<(int Row, int Column)>();
        for (var row = 0; row <= table.Rows; row++)
        {
            for (var column = 0; column <= table.Columns; column++)
            {
                if (published.IsSuppressed(row, column))
                {
                    unknowns.Add((row, column));
                }
            }
        }
        if (unknowns.Count == 0)
        {
            return [];
        }

        // Row line r: cells of r minus its total = 0; column line c: cells of c minus its total = 0.
        var equations = new List<double[]>();
        foreach (var line in Lines(table).Select((entries, index) => (entries, index)))
        {
            var isRowLine = line.index <= table.Rows;
            var coefficients = new double[unknowns.Count];
            foreach (var (row, column) in line.entries)
            {
                var position = unknowns.IndexOf((row, column));
                if (position >= 0)
                {
                    var isTotal = isRowLine ? column == table.Columns : row == table.Rows;
                    coefficients[position] = isTotal ? -1 : 1;
                }
            }
            equations.Add(coefficients);
        }

        var fullRank = Rank(equations, skip: -1);
        return [.. unknowns.Where((_, index) => Rank(equations, skip: index) < fullRank)];
    }

    /// <summary>
    /// The suppressed entries a reader can pin to one value using also that every suppressed entry is at least 1
    /// (zeros are shown): each entry's smallest and largest value over everything that fits the published table,
    /// by linear programming. The equations form a network matrix, so the bounds of the relaxation are integers.
    /// </summary>
    public static IReadOnlyList<(int Row, int Column, double Value)> Pinned(SuppressedTable published)
    {
        var table = published.Table;
        var pinned = new List<(int, int, double)>();
        for (var row = 0; row <= table.Rows; row++)
        {
            for (var column = 0; column <= table.Columns; column++)
            {
                if (!published.IsSuppressed(row, column))
                {
                    continue;
                }
                var lowest = Bound(published, (row, column), maximise: false);
                var highest = Bound(published, (row, column), maximise: true);
                if (highest is not null && Math.Abs(highest.Value - lowest!.Value) < 0.5)
                {
                    pinned.Add((row, column, lowest.Value));
                }
            }
        }
        return pinned;
    }

    // GLOP may call an unbounded program infeasible, so "no upper bound" is a bound far above any count.
    private const double Unbounded = 1e7;

    // The entry's least or greatest feasible value; null when unbounded.
    private static double? Bound(SuppressedTable published, (int Row, int Column) entry, bool maximise)
    {
        var table = published.Table;
        using var solver = Solver.CreateSolver("GLOP");
        var unknowns = new Dictionary<(int, int), Variable>();
        for (var row = 0; row <= table.Rows; row++)
        {
            for (var column = 0; column <= table.Columns; column++)
            {
                if (published.IsSuppressed(row, column))
                {
                    unknowns[(row, column)] = solver.MakeNumVar(1, Unbounded, $"e{row}_{column}");
                }
            }
        }
        foreach (var line in Lines(table).Select((entries, index) => (entries, isRowLine: index <= table.Rows)))
        {
            var expression = new LinearExpr();
            double constant = 0;
            foreach (var (row, column) in line.entries)
            {
                var isTotal = line.isRowLine ? column == table.Columns : row == table.Rows;
                var sign = isTotal ? -1 : 1;
                if (unknowns.TryGetValue((row, column), out var variable))
                {
                    expression += sign * variable;
                }
                else
                {
                    constant += sign * published.Published(row, column)!.Value;
                }
            }
            solver.Add(expression == -constant);
        }
        if (maximise)
        {
            solver.Maximize(unknowns[entry]);
        }
        else
        {
            solver.Minimize(unknowns[entry]);
        }
        return solver.Solve() switch
        {
            Solver.ResultStatus.OPTIMAL => unknowns[entry].SolutionValue() is var value && value < Unbounded / 2 ? value : null,
            var status => throw new InvalidOperationException($"The published table has no solution ({status}). "),
        };
    }

    private static int Rank(List<double[]> equations, int skip)
    {
        var columns = equations[0].Length;
        var matrix = equations.Select(e => e.Where((_, index) => index != skip).ToArray()).ToArray();
        var width = skip < 0 ? columns : columns - 1;
        var rank = 0;
        for (var column = 0; column < width && rank < matrix.Length; column++)
        {
            var pivot = Enumerable.Range(rank, matrix.Length - rank).OrderByDescending(r => Math.Abs(matrix[r][column])).First();
            if (Math.Abs(matrix[pivot][column]) < 1e-9)
            {
                continue;
            }
            (matrix[rank], matrix[pivot]) = (matrix[pivot], matrix[rank]);
            for (var r = 0; r < matrix.Length; r++)
            {
                if (r != rank && Math.Abs(matrix[r][column]) > 1e-12)
                {
                    var factor = matrix[r][column] / matrix[rank][column];
                    for (var c = column; c < width; c++)
                    {
                        matrix[r][c] -= factor * matrix[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
