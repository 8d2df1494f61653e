namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>A cell of a draft group: as <see cref="DraftFigure"/>, plus its share of the group's total in percent (null when either is suppressed).</summary>
/// <param name="Name">The figure's name.</param>
/// <param name="Count">The true count.</param>
/// <param name="Value">What would be sent; null when suppressed.</param>
/// <param name="Suppressed">Whether it is withheld.</param>
/// <param name="Suppression">primary or complementary; null when sent.</param>
/// <param name="SharePercent">Its share of the group's total in percent; null when either is suppressed.</param>
public sealed record DraftCell(string Name, int Count, int? Value, bool Suppressed, string? Suppression, decimal? SharePercent);
