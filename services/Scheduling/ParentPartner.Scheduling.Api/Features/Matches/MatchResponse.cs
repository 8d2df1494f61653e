using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Matches;

/// <summary>A match as scheduling follows it: ids and dates, nothing about the family.</summary>
public sealed record MatchResponse(
    Guid MatchId,
    string ProgramId,
    Guid ReferralId,
    Guid SupportParentId,
    MatchProgramKind ProgramKind,
    DateTimeOffset MadeAt,
    DateTimeOffset? EndedAt,
    string? EndReason)
{
    public static MatchResponse From(ScheduledMatch m) =>
        new(m.MatchId, m.ProgramId, m.ReferralId, m.SupportParentId, m.ProgramKind, m.MadeAt, m.EndedAt, m.EndReason);
}
