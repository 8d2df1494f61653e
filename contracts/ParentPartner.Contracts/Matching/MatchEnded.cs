namespace ParentPartner.Contracts.Matching;

/// <summary>A match ended; the support parent's capacity is free again.</summary>
public sealed record MatchEnded : IProgramEvent
{
    public required Guid MatchId { get; init; }
    public required Guid ReferralId { get; init; }
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }
    /// <summary>goals-met, family-withdrew, reunified, case-closed, other.</summary>
    public required string Reason { get; init; }
    /// <summary>Obsolete: a re-entry is now recorded when it happens (ReferralReEntryRecorded). Older senders may still set it.</summary>
    public bool? ReEntryWithin12Months { get; init; }
    public required DateTimeOffset EndedAt { get; init; }
}
