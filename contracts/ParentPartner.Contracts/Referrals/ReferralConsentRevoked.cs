namespace ParentPartner.Contracts.Referrals;

/// <summary>
/// The parent revoked consent: every service erases what it holds about this family (keyed by the referral
/// id and anything it derived from it), keeping only counts and dates. Referral has already erased its own.
/// </summary>
public sealed record ReferralConsentRevoked : IProgramEvent
{
    public required Guid ReferralId { get; init; }
    public required string ProgramId { get; init; }
    public required DateTimeOffset RevokedAt { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
