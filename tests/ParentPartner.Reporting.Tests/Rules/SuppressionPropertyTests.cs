using ParentPartner.Reporting.Api.Suppression;

namespace ParentPartner.Reporting.Tests.Rules;

/// <summary>
/// The suppression engine over hundreds of random tables (seeded, so a failure reproduces): nothing from 1 to 10
/// is published, every line with a suppressed entry has at least two, no suppressed value can be worked out
/// from the published cells and totals, not even knowing that a suppressed entry is at least 1 (checked by linear
/// algebra and linear programming, not by the engine's own graph reasoning),
/// percentages give nothing away, and zeros and published counts are the true values.
/// </summary>
public sealed class SuppressionPropertyTests
{
    private const int Seed = 20261125;

    public static TheoryData<string, int, int, int, int> Shapes() => new()
    {
        // name, tables, max rows, max columns, share of small counts (percent)
        { "mixed tables up to 6 x 6", 400, 6, 6, 35 },
        { "mostly small counts", 200, 5, 5, 70 },
        { "one-row groups (outcomes by reason)", 300, 1, 6, 40 },
        { "tall and narrow", 100, 8, 2, 40 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Random_tables_publish_no_small_cell_and_no_recoverable_suppressed_cell(string shape, int tables, int maxRows, int maxColumns, int smallShare)
    {
        var random = new Random(Seed + shape.Length);
        var suppressedSomething = 0;
        for (var t = 0; t < tables; t++)
        {
            var table = RandomTable(random, maxRows, maxColumns, smallShare);
            var published = SuppressionEngine.Suppress(table);
            var context = $"{shape}, table {t}: {Describe(table)}";

            for (var row = 0; row <= table.Rows; row++)
            {
                for (var column = 0; column <= table.Columns; column++)
                {
                    var value = table[row, column];
                    Assert.False(published.Published(row, column) is >= 1 and <= 10, $"{context}: ({row},{column}) = {value} is published");
                    if (value == 0)
                    {
                        Assert.Equal(0, published.Published(row, column));
                    }
                    if (value is >= 1 and <= 10)
                    {
                        Assert.Equal(CellState.Primary, published.State(row, column));
                    }
                    if (!published.IsSuppressed(row, column))
                    {
                        Assert.Equal(value, published.Published(row, column));
                    }
                }
            }

            foreach (var line in SuppressionOracle.Lines(table))
            {
                var suppressed = line.Count(e => published.IsSuppressed(e.Row, e.Column));
                Assert.True(suppressed is 0 or >= 2, $"{context}: a line has exactly one suppressed entry");
            }

            var recoverable = SuppressionOracle.Recoverable(published);
            Assert.True(recoverable.Count == 0, $"{context}: {string.Join(", ", recoverable)} can be worked out from the published entries");
            IReadOnlyList<(int, int, double)> pinned;
            try
            {
                pinned = SuppressionOracle.Pinned(published);
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException($"{context}: {e.Message}", e);
            }
            Assert.True(pinned.Count == 0, $"{context}: {string.Join(", ", pinned)} can be worked out knowing that suppressed entries are at least 1");

            for (var row = 0; row <= table.Rows; row++)
            {
                for (var column = 0; column < table.Columns; column++)
                {
                    if (published.SharePercent(row, column) is not null)
                    {
                        Assert.False(published.IsSuppressed(row, column), $"{context}: a suppressed cell's percentage is published");
                        Assert.False(published.IsSuppressed(row, table.Columns), $"{context}: a percentage of a suppressed total is published");
                    }
                }
            }
            suppressedSomething += published.SuppressedCount() > 0 ? 1 : 0;
        }
        // The generator must actually exercise suppression, not only tables without small cells.
        Assert.True(suppressedSomething > tables / 2, $"only {suppressedSomething} of {tables} tables needed suppression");
    }

    private static CountTable RandomTable(Random random, int maxRows, int maxColumns, int smallShare)
    {
        var rows = random.Next(1, maxRows + 1);
        var columns = random.Next(1, maxColumns + 1);
        var cells = new int[rows, columns];
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns; column++)
            {
                var roll = random.Next(100);
                cells[row, column] = roll < 25 ? 0 : roll < 25 + smallShare ? random.Next(1, 11) : random.Next(11, 120);
            }
        }
        return new CountTable(cells);
    }

    private static string Describe(CountTable table) =>
        string.Join(" / ", Enumerable.Range(0, table.Rows).Select(row => string.Join(",", Enumerable.Range(0, table.Columns).Select(column => table[row, column]))));
}
