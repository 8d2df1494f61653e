namespace ParentPartner.Matching.Api.Features.Suggestions;

public sealed record SuggestionsResponse(
    Guid ReferralId, IReadOnlyList<Suggestion> Suggestions, int EligibleCount, int ExcludedCount, IReadOnlyDictionary<string, int> ExcludedByReason,
    IReadOnlyList<IntakeFactor> IntakeFactors);
