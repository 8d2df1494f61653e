using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>
/// A match as scheduling knows it (from MatchMade and MatchEnded): ids, the program kind and the dates that the
/// follow-up plan is counted from. Nothing about the family.
/// </summary>
public sealed class ScheduledMatch : ISupportParentOwned
{
    public Guid MatchId { get; init; }

    public required string ProgramId { get; init; }

    public Guid ReferralId { get; init; }

    public Guid SupportParentId { get; init; }

    /// <summary>The support parent's account subject, when they have a login: what lets them see their own plan.</summary>
    public string? SupportParentSubject { get; init; }

    public MatchProgramKind ProgramKind { get; init; }

    public DateTimeOffset MadeAt { get; init; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>goals-met, family-withdrew, reunified, case-closed or other (from MatchEnded).</summary>
    public string? EndReason { get; set; }

    public bool IsActive => EndedAt is null;
}
