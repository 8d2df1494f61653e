using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Features.Common;

/// <summary>A match as accepting an offer creates it and the match endpoints read and end it.</summary>
/// <param name="MatchId">The match's id.</param>
/// <param name="ReferralId">The family's referral.</param>
/// <param name="SupportParentId">The support parent.</param>
/// <param name="ProgramId">The program.</param>
/// <param name="ReadyAt">When the referral became ready for matching (UTC).</param>
/// <param name="MadeAt">When the match was made (UTC).</param>
/// <param name="EndedAt">When it ended (UTC); null while active.</param>
/// <param name="EndReason">Why it ended; null while active.</param>
public sealed record MatchResponse(Guid MatchId, Guid ReferralId, Guid SupportParentId, string ProgramId, DateTimeOffset ReadyAt, DateTimeOffset MadeAt, DateTimeOffset? EndedAt, EndReason? EndReason)
{
    public static MatchResponse From(Match match) =>
        new(match.Id, match.ReferralId, match.SupportParentId, match.ProgramId, match.ReadyAt, match.MadeAt, match.EndedAt, match.EndReason);
}
