using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Api.Features.Suggestions;

public sealed record SuggestionTerm(ScoreTerm Term, bool Applies, int Weight, decimal Value, decimal Points, string Explanation);
