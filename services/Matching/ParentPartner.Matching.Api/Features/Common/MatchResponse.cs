using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Features.Common;

/// <summary>A match as accepting an offer creates it and the match endpoints read and end it.</summary>
public sealed record MatchResponse(Guid MatchId, Guid ReferralId, Guid SupportParentId, string ProgramId, DateTimeOffset ReadyAt, DateTimeOffset MadeAt, DateTimeOffset? EndedAt, EndReason? EndReason)
{
    public static MatchResponse From(Match match) =>
        new(match.Id, match.ReferralId, match.SupportParentId, match.ProgramId, match.ReadyAt, match.MadeAt, match.EndedAt, match.EndReason);
}
