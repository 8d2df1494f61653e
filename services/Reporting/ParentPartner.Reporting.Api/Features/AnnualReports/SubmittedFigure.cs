namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>A figure as sent to the hub: the count, or null when suppressed.</summary>
public sealed record SubmittedFigure(string Name, int? Value, bool Suppressed);
