namespace ParentPartner.Matching.Api.Features.Suggestions;

/// <summary>Ranked support parents for a referral, with who was excluded and why.</summary>
/// <param name="ReferralId">The referral.</param>
/// <param name="Suggestions">Eligible support parents, best first.</param>
/// <param name="EligibleCount">Support parents who pass every hard constraint.</param>
/// <param name="ExcludedCount">Support parents who fail at least one.</param>
/// <param name="ExcludedByReason">How many were excluded by each reason (keys in kebab-case: not-certified, at-capacity, no-shared-language…).</param>
/// <param name="IntakeFactors">Every intake factor and how matching used it.</param>
public sealed record SuggestionsResponse(
    Guid ReferralId, IReadOnlyList<Suggestion> Suggestions, int EligibleCount, int ExcludedCount, IReadOnlyDictionary<string, int> ExcludedByReason,
    IReadOnlyList<IntakeFactor> IntakeFactors);
