using ParentPartner.Contracts.Matching;

namespace ParentPartner.Referral.Api.Domain;

/// <summary>What a closed referral tells its referrer about why the match ended (the codes are the contract's).</summary>
public static class ReferrerOutcome
{
    /// <summary>
    /// That the support was completed or ended, not why (whether a family withdrew or a case closed is the
    /// family's business).
    /// </summary>
    public static string Of(string? reason) => MatchEndReasons.Normalise(reason) is MatchEndReasons.GoalsMet or MatchEndReasons.Reunified ? "support-completed" : "support-ended";
}
