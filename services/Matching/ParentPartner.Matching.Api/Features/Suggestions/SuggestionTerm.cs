using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Api.Features.Suggestions;

/// <summary>One term of a suggestion's score.</summary>
/// <param name="Term">The score term.</param>
/// <param name="Applies">False when there is nothing to compare; the term then scores 0.</param>
/// <param name="Weight">The most points this term can give, out of 100.</param>
/// <param name="Value">How well the pair does on it, 0 to 1 (two decimals).</param>
/// <param name="Points">Weight × Value (two decimals); the terms add up to the score.</param>
/// <param name="Explanation">A short reason, free of personal data.</param>
public sealed record SuggestionTerm(ScoreTerm Term, bool Applies, int Weight, decimal Value, decimal Points, string Explanation);
