namespace ParentPartner.Contracts.Referrals;

/// <summary>A referral moved from one status to another (names as in ReferralStatus: "Received", "ReadyForMatching"…).</summary>
public sealed record ReferralStatusChanged : IProgramEvent
{
    public required Guid ReferralId { get; init; }
    public required string ProgramId { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }

    /// <summary>A kebab-case reason code when one was given; never free text.</summary>
    public string? Reason { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }
}
