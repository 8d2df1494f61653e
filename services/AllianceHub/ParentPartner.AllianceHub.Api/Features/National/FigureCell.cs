namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>One figure summed over programs; SuppressedParts says how many programs' values were withheld.</summary>
/// <param name="Name">The catalogue figure's name.</param>
/// <param name="Value">Sum of the published parts; null when suppressed or not reported.</param>
/// <param name="Status">published (exact), partial (a lower bound), suppressed or not-reported.</param>
/// <param name="Parts">How many programs reported it.</param>
/// <param name="SuppressedParts">How many of those withheld it.</param>
public sealed record FigureCell(string Name, long? Value, CellStatus Status, int Parts, int SuppressedParts)
{
    /// <summary>Suppressed values are never estimated, only counted: the value is the sum of the published parts.</summary>
    public static FigureCell Of(string name, int parts, int suppressedParts, long publishedTotal) =>
        parts == 0 ? new FigureCell(name, null, CellStatus.NotReported, 0, 0)
        : suppressedParts == parts ? new FigureCell(name, null, CellStatus.Suppressed, parts, suppressedParts)
        : new FigureCell(name, publishedTotal, suppressedParts == 0 ? CellStatus.Published : CellStatus.Partial, parts, suppressedParts);

    /// <summary>Several cells of the same figure as one (states into the nation).</summary>
    public static FigureCell Combine(string name, IEnumerable<FigureCell> cells)
    {
        var list = cells.ToList();
        return Of(name, list.Sum(c => c.Parts), list.Sum(c => c.SuppressedParts), list.Sum(c => c.Value ?? 0));
    }
}
