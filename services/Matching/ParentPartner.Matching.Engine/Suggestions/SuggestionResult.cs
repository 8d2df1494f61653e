using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Suggestions;

/// <summary>The top candidates for one referral and why the others were left out.</summary>
public sealed record SuggestionResult
{
    public required Guid ReferralId { get; init; }

    /// <summary>Best first: score descending, then lower caseload utilisation, then support parent id.</summary>
    public required IReadOnlyList<MatchSuggestion> Suggestions { get; init; }

    /// <summary>Candidates that pass every hard constraint.</summary>
    public required int EligibleCount { get; init; }

    /// <summary>Candidates that fail at least one hard constraint.</summary>
    public required int ExcludedCount { get; init; }

    /// <summary>
    /// Every reason with the number of candidates failing it. A candidate failing several constraints
    /// counts under each, so the counts show what blocks matching (they may add up to more than ExcludedCount).
    /// </summary>
    public required IReadOnlyDictionary<ExclusionReason, int> ExcludedByReason { get; init; }
}
