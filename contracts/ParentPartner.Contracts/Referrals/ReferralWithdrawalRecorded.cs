namespace ParentPartner.Contracts.Referrals;

/// <summary>A referral was withdrawn (the family declined, could not be reached, revoked consent…); matching drops it from the queue.</summary>
public sealed record ReferralWithdrawalRecorded : IProgramEvent
{
    public required Guid ReferralId { get; init; }
    public required string ProgramId { get; init; }

    /// <summary>The status it was withdrawn from (e.g. "ReadyForMatching").</summary>
    public required string PreviousStatus { get; init; }

    /// <summary>A kebab-case reason code ("family-declined", "consent-revoked").</summary>
    public required string Reason { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
