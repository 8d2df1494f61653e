namespace ParentPartner.Contracts.Referrals;

/// <summary>
/// How the matched support parent may reach the family, as far as the family's consent scope allows; sent with
/// ReferralMatchingRequested so matching can show it to the support parent once matched (no synchronous calls).
/// Personal data: it stays inside the state deployment, consumers keep it apart from counts, and every consumer
/// erases it on ReferralConsentRevoked. Reporting and the alliance hub never consume it.
/// </summary>
public sealed record ReferralContactShared : IProgramEvent
{
    public required Guid ReferralId { get; init; }
    public required string ProgramId { get; init; }

    /// <summary>The consent scope the family gave (a code), which decided what is filled in below.</summary>
    public required string ConsentScope { get; init; }

    public string? FirstName { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }

    /// <summary>phone, text or email, when the family said how they like to be reached.</summary>
    public string? PreferredContact { get; init; }

    public required DateTimeOffset SharedAt { get; init; }
}
