using ParentPartner.Scheduling.Api.Features.Matches;

namespace ParentPartner.Scheduling.Api.Features.Plans;

/// <summary>A match and its follow-up plan, items by due time.</summary>
public sealed record PlanResponse(MatchResponse Match, IReadOnlyList<PlanItemResponse> Items);
