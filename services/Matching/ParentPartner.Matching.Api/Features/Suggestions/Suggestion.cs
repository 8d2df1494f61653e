namespace ParentPartner.Matching.Api.Features.Suggestions;

/// <summary>One suggested support parent for a referral, its score explained.</summary>
/// <param name="Rank">1 for the best candidate.</param>
/// <param name="SupportParentId">The support parent suggested.</param>
/// <param name="Score">The score, 0-100 (two decimals).</param>
/// <param name="Terms">The score term by term.</param>
public sealed record Suggestion(int Rank, Guid SupportParentId, decimal Score, IReadOnlyList<SuggestionTerm> Terms);
