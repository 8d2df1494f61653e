namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>Year-over-year national totals, oldest year first.</summary>
/// <param name="From">The first year shown.</param>
/// <param name="To">The last year shown.</param>
/// <param name="Years">One entry per year, oldest first.</param>
public sealed record Trends(int From, int To, IReadOnlyList<TrendYear> Years);
