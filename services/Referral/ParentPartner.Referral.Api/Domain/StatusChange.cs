using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Referral.Api.Domain;

/// <summary>One step in a referral's status history; the first has no <see cref="From"/> (intake).</summary>
public sealed class StatusChange : IProgramOwned
{
    public Guid Id { get; set; }

    public Guid ReferralId { get; set; }

    public required string ProgramId { get; set; }

    public ReferralStatus? From { get; set; }

    public ReferralStatus To { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Token subject of who made the change, or a fixed name for the public form and system work.</summary>
    public required string ChangedBy { get; set; }

    /// <summary>A short kebab-case reason code ("family-declined", "consent-revoked").</summary>
    public string? Reason { get; set; }

    /// <summary>Free text: personal data, erased when consent is revoked.</summary>
    public string? Note { get; set; }
}
