using ParentPartner.Scheduling.Api.Features.Matches;

namespace ParentPartner.Scheduling.Api.Features.Plans;

/// <summary>A match and its follow-up plan, items by due time.</summary>
/// <param name="Match">The match the plan follows.</param>
/// <param name="Items">Its plan items, by due time.</param>
public sealed record PlanResponse(MatchResponse Match, IReadOnlyList<PlanItemResponse> Items);
