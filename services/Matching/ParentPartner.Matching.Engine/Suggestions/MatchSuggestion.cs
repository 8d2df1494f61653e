using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Suggestions;

/// <summary>One proposed support parent for a referral, with the score explained term by term.</summary>
public sealed record MatchSuggestion(int Rank, Guid SupportParentId, ScoreBreakdown Breakdown)
{
    public decimal Score => Breakdown.Score;
}
