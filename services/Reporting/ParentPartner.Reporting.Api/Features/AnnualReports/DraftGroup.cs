namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>Figures that add up to a total, suppressed together so that no suppressed cell follows from the others and the total.</summary>
/// <param name="Name">The group's name (the total's figure).</param>
/// <param name="Total">The group's total.</param>
/// <param name="Cells">The figures that add up to it.</param>
public sealed record DraftGroup(string Name, DraftCell Total, IReadOnlyList<DraftCell> Cells);
