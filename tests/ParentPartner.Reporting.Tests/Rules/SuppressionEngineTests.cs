using ParentPartner.Reporting.Api.Suppression;

namespace ParentPartner.Reporting.Tests.Rules;

public sealed class SuppressionEngineTests
{
    [Fact]
    public void A_table_without_small_counts_is_published_whole()
    {
        var published = SuppressionEngine.Suppress(new CountTable(new[,] { { 0, 20 }, { 30, 0 } }));

        Assert.Equal(0, published.SuppressedCount());
        Assert.Equal(50, published.Published(2, 2));
        Assert.Equal(60m, published.SharePercent(2, 0));
    }

    [Fact]
    public void One_small_cell_takes_the_cheapest_cycle_of_cells_with_it_and_keeps_the_totals()
    {
        var published = SuppressionEngine.Suppress(new CountTable(new[,] { { 5, 20 }, { 30, 40 } }));

        Assert.Equal(CellState.Primary, published.State(0, 0));
        Assert.Equal(CellState.Complementary, published.State(0, 1));
        Assert.Equal(CellState.Complementary, published.State(1, 0));
        Assert.Equal(CellState.Complementary, published.State(1, 1));
        Assert.Equal(25, published.Published(0, 2));
        Assert.Equal(35, published.Published(2, 0));
        Assert.Equal(95, published.Published(2, 2));
        Assert.Null(published.SharePercent(0, 0));
    }

    [Fact]
    public void In_a_group_with_its_total_a_second_figure_hides_the_small_one_and_zeros_stay()
    {
        // Outcomes by reason: goals met 14, family withdrew 3, reunified 12, case closed 0, other 0; total 29.
        var published = SuppressionEngine.Suppress(CountTable.OneRow(14, 3, 12, 0, 0));

        Assert.Equal(CellState.Primary, published.State(0, 1));
        Assert.Equal(CellState.Complementary, published.State(0, 2));
        Assert.Equal(14, published.Published(0, 0));
        Assert.Equal(0, published.Published(0, 3));
        Assert.Equal(0, published.Published(0, 4));
        Assert.Equal(29, published.Published(0, 5));
        Assert.Equal(48.3m, published.SharePercent(0, 0));
        Assert.Null(published.SharePercent(0, 1));
        Assert.Null(published.SharePercent(0, 2));
    }

    [Fact]
    public void A_small_total_is_suppressed_with_its_cells()
    {
        var published = SuppressionEngine.Suppress(CountTable.OneRow(3, 4, 0));

        Assert.True(published.IsSuppressed(0, 0));
        Assert.True(published.IsSuppressed(0, 1));
        Assert.True(published.IsSuppressed(0, 3));
        Assert.Equal(0, published.Published(0, 2));
        Assert.Empty(SuppressionOracle.Recoverable(published));
    }

    [Fact]
    public void Two_suppressed_cells_per_line_are_not_enough_when_a_cell_bridges_two_cycles()
    {
        // Two 2 x 2 blocks of small cells, joined by one small cell: each line has two suppressed entries, yet
        // the joining cell follows from the block sums. The engine must close a cycle through it as well.
        var cells = new[,]
        {
            { 5, 6, 0, 0 },
            { 7, 8, 9, 0 },
            { 0, 0, 5, 6 },
            { 0, 0, 7, 8 },
        };
        var table = new CountTable(cells);
        var primaryOnly = new CellState[5, 5];
        for (var row = 0; row < 5; row++)
        {
            for (var column = 0; column < 5; column++)
            {
                primaryOnly[row, column] = table[row, column] is >= 1 and <= 10 ? CellState.Primary : CellState.Published;
            }
        }
        var naive = new SuppressedTable(table, primaryOnly);
        Assert.All(SuppressionOracle.Lines(table), line => Assert.True(line.Count(e => naive.IsSuppressed(e.Row, e.Column)) is 0 or >= 2));
        Assert.Contains((1, 2), SuppressionOracle.Recoverable(naive));

        var published = SuppressionEngine.Suppress(table);

        Assert.Empty(SuppressionOracle.Recoverable(published));
        Assert.Null(SuppressionEngine.FindExposed(table, States(published)));
    }

    [Fact]
    public void Two_small_cells_that_must_add_up_to_two_are_not_hidden_by_each_other()
    {
        // Goals met 20, family withdrew 1, reunified 1, other 30; total 52. Suppressing only the two 1s leaves
        // 52 − 20 − 30 = 2 for two entries that are each at least 1: both are 1, for anyone who subtracts.
        var table = CountTable.OneRow(20, 1, 1, 30);
        var naive = new CellState[2, 5];
        naive[0, 1] = naive[0, 2] = naive[1, 1] = naive[1, 2] = CellState.Primary;
        Assert.Empty(SuppressionOracle.Recoverable(new SuppressedTable(table, naive)));
        Assert.Contains((0, 1, 1.0), SuppressionOracle.Pinned(new SuppressedTable(table, naive)));

        var published = SuppressionEngine.Suppress(table);

        Assert.Empty(SuppressionOracle.Pinned(published));
        Assert.Equal(CellState.Complementary, published.State(0, 0));
        Assert.Equal(30, published.Published(0, 3));
        Assert.Equal(52, published.Published(0, 4));
    }

    [Fact]
    public void Small_cells_in_a_grid_are_not_left_in_a_cycle_that_cannot_move()
    {
        var table = new CountTable(new[,] { { 1, 1, 30 }, { 20, 20, 5 } });

        var published = SuppressionEngine.Suppress(table);

        Assert.Empty(SuppressionOracle.Recoverable(published));
        Assert.Empty(SuppressionOracle.Pinned(published));
    }

    private static CellState[,] States(SuppressedTable published)
    {
        var states = new CellState[published.Table.Rows + 1, published.Table.Columns + 1];
        for (var row = 0; row <= published.Table.Rows; row++)
        {
            for (var column = 0; column <= published.Table.Columns; column++)
            {
                states[row, column] = published.State(row, column);
            }
        }
        return states;
    }
}
