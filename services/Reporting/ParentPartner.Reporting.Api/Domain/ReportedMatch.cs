using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>A match from MatchMade and MatchEnded (either may arrive first).</summary>
public sealed class ReportedMatch : IProgramOwned
{
    public required string ProgramId { get; set; }

    public Guid MatchId { get; set; }

    public Guid? ReferralId { get; set; }

    public Guid? SupportParentId { get; set; }

    public DateTimeOffset? ReadyAt { get; set; }

    public DateTimeOffset? MadeAt { get; set; }

    /// <summary>p2p or child-welfare from MatchMade; null from older senders (the referral's or the program's kind stands in).</summary>
    public string? ProgramKind { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>goals-met, family-withdrew, reunified, case-closed or other.</summary>
    public string? EndReason { get; set; }

    /// <summary>Obsolete: older senders' guess at the match's end, kept as sent and counted nowhere (re-entries come from ReferralReEntryRecorded).</summary>
    public bool? ReEntryWithin12Months { get; set; }

    public bool ActiveAt(DateTimeOffset at) => MadeAt is { } made && made <= at && !(EndedAt is { } ended && ended <= at);
}
