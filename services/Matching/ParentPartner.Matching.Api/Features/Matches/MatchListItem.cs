using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Features.Matches;

/// <summary>A match in a program's list: ids, dates and outcome only (the family's data is in the audited detail).</summary>
/// <param name="Status">active or ended.</param>
/// <param name="MatchId">The match's id.</param>
/// <param name="ReferralId">The family's referral.</param>
/// <param name="SupportParentId">The support parent.</param>
/// <param name="ReadyAt">When the referral became ready for matching (UTC).</param>
/// <param name="MadeAt">When the match was made (UTC).</param>
/// <param name="EndedAt">When it ended (UTC); null while active.</param>
/// <param name="EndReason">Why it ended; null while active.</param>
public sealed record MatchListItem(Guid MatchId, Guid ReferralId, Guid SupportParentId, string Status, DateTimeOffset ReadyAt, DateTimeOffset MadeAt, DateTimeOffset? EndedAt, EndReason? EndReason)
{
    public static MatchListItem From(Match match) =>
        new(match.Id, match.ReferralId, match.SupportParentId, match.EndedAt is null ? "active" : "ended", match.ReadyAt, match.MadeAt, match.EndedAt, match.EndReason);
}
