namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>
/// A program's true counts for a year, before suppression: the national catalogue's single figures, and the
/// outcome figures in <see cref="ParentPartner.Contracts.Alliance.ReportedFigure.Outcomes"/> order.
/// </summary>
public sealed record AnnualCounts(IReadOnlyDictionary<string, int> Singles, IReadOnlyList<int> Outcomes)
{
    /// <summary>What the program sees beside the catalogue and never sends: how the information requests add up, and re-entry outcomes.</summary>
    public AnnualDetails? Details { get; init; }
}
