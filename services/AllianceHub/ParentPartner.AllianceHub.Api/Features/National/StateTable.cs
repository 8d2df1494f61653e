namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>A year's per-state table with the national line under it.</summary>
public sealed record StateTable(int Year, IReadOnlyList<StateRow> States, NationalTotals National);
