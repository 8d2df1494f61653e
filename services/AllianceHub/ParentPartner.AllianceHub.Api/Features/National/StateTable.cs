namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>A year's per-state table with the national line under it.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="States">One row per reporting state, by state code.</param>
/// <param name="National">The national totals.</param>
public sealed record StateTable(int Year, IReadOnlyList<StateRow> States, NationalTotals National);
