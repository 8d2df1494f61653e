using ParentPartner.Contracts.Alliance;
using ParentPartner.Reporting.Api.Suppression;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>
/// The national figure set with small-cell and complementary suppression applied. Single figures are
/// suppressed when from 1 to 10; the outcome figures are a group with their total (the matches ended), run
/// through <see cref="SuppressionEngine"/>. Every catalogue figure is present, zeros included, so a figure
/// that dropped to zero replaces the hub's old value.
/// </summary>
public sealed record AnnualReportDraft(IReadOnlyList<DraftFigure> Figures, IReadOnlyList<DraftGroup> Groups)
{
    public const string OutcomesGroup = "match-outcomes";
    public const string MatchesEnded = "matches-ended";

    public static AnnualReportDraft Build(AnnualCounts counts, IReadOnlyDictionary<string, SubmittedFigure>? previous = null)
    {
        var outcomes = SuppressionEngine.Suppress(CountTable.OneRow([.. counts.Outcomes]));
        var totalColumn = outcomes.Table.Columns;
        // In a one-row table the column totals repeat the cells: an entry is suppressed if either copy is.
        CellState Outcome(int column) => (CellState)Math.Max((int)outcomes.State(0, column), (int)outcomes.State(1, column));
        var totalState = Outcome(totalColumn);
        var total = outcomes.Table[0, totalColumn];

        var figures = new List<DraftFigure>();
        var cells = new List<DraftCell>();
        foreach (var name in ReportedFigure.Catalogue)
        {
            var column = IndexOf(ReportedFigure.Outcomes, name);
            var count = column >= 0 ? counts.Outcomes[column] : counts.Singles[name];
            var state = column >= 0 ? Outcome(column) : Single(count);
            figures.Add(new DraftFigure(name, count, Shown(state, count), state != CellState.Published, Describe(state), previous?.GetValueOrDefault(name)));
            if (column >= 0)
            {
                var share = state == CellState.Published && totalState == CellState.Published && total > 0
                    ? Math.Round(100m * count / total, 1, MidpointRounding.AwayFromZero)
                    : (decimal?)null;
                cells.Add(new DraftCell(name, count, Shown(state, count), state != CellState.Published, Describe(state), share));
            }
        }
        var totalCell = new DraftCell(MatchesEnded, total, Shown(totalState, total), totalState != CellState.Published, Describe(totalState), null);
        return new AnnualReportDraft(figures, [new DraftGroup(OutcomesGroup, totalCell, cells)]);
    }

    /// <summary>The figures to send: every catalogue figure once, suppressed ones without a value.</summary>
    public IReadOnlyList<ReportedFigure> ToReported(string programId) =>
        [.. Figures.Select(f => new ReportedFigure { ProgramId = programId, Name = f.Name, Value = f.Value, Suppressed = f.Suppressed })];

    private static CellState Single(int count) =>
        count is >= 1 and <= ReportedFigure.SmallCellLimit ? CellState.Primary : CellState.Published;

    private static int? Shown(CellState state, int count) => state == CellState.Published ? count : null;

    private static string? Describe(CellState state) => state switch
    {
        CellState.Primary => "primary",
        CellState.Complementary => "complementary",
        _ => null,
    };

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }
        return -1;
    }
}
