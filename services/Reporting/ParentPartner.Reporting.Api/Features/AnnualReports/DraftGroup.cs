namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>Figures that add up to a total, suppressed together so that no suppressed cell follows from the others and the total.</summary>
public sealed record DraftGroup(string Name, DraftCell Total, IReadOnlyList<DraftCell> Cells);
