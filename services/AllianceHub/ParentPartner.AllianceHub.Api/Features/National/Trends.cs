namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>Year-over-year national totals, oldest year first.</summary>
public sealed record Trends(int From, int To, IReadOnlyList<TrendYear> Years);
