namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>A cell of a draft group: as <see cref="DraftFigure"/>, plus its share of the group's total in percent (null when either is suppressed).</summary>
public sealed record DraftCell(string Name, int Count, int? Value, bool Suppressed, string? Suppression, decimal? SharePercent);
