namespace ParentPartner.Contracts.Referrals;

/// <summary>
/// A referral was taken in by a program. Carries no personal data: reporting counts it by source.
/// Wire identity is namespace + type name: never rename, additive changes only.
/// </summary>
public sealed record ReferralReceived : IProgramEvent
{
    public required Guid ReferralId { get; init; }
    public required string ProgramId { get; init; }
    public required string Source { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
}
