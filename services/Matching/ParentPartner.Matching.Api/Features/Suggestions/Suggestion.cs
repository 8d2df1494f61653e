namespace ParentPartner.Matching.Api.Features.Suggestions;

public sealed record Suggestion(int Rank, Guid SupportParentId, decimal Score, IReadOnlyList<SuggestionTerm> Terms);
