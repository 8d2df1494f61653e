namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>A figure as sent to the hub: the count, or null when suppressed.</summary>
/// <param name="Name">The catalogue figure's name (kebab-case).</param>
/// <param name="Value">The count sent; null when suppressed.</param>
/// <param name="Suppressed">Whether it was withheld.</param>
public sealed record SubmittedFigure(string Name, int? Value, bool Suppressed);
