using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Matches;

/// <summary>A match as scheduling follows it: ids and dates, nothing about the family.</summary>
/// <param name="MatchId">The match's id (from matching).</param>
/// <param name="ProgramId">The program.</param>
/// <param name="ReferralId">The family's referral.</param>
/// <param name="SupportParentId">The support parent.</param>
/// <param name="ProgramKind">p2p or child-welfare; decides the follow-up plan.</param>
/// <param name="MadeAt">When the match was made (UTC).</param>
/// <param name="EndedAt">When it ended (UTC); null while active.</param>
/// <param name="EndReason">Why it ended (kebab-case code from matching); null while active.</param>
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
