using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Referral.Api.Domain;

/// <summary>
/// One read of a referral's personal data: who, when, which record, for what purpose. Append-only: the
/// DbContext refuses to update or delete these rows and a database trigger refuses it as well.
/// </summary>
public sealed class AccessAuditEntry : IProgramOwned
{
    public Guid Id { get; set; }

    public Guid ReferralId { get; set; }

    public required string ProgramId { get; set; }

    public DateTimeOffset AccessedAt { get; set; }

    /// <summary>Token subject of the reader.</summary>
    public required string Actor { get; set; }

    /// <summary>The OAuth client the reader used (azp).</summary>
    public string? ClientId { get; set; }

    /// <summary>What was read: "detail", "list", "status-history", "intake".</summary>
    public required string Access { get; set; }

    /// <summary>Why: from X-Access-Purpose or ?purpose=, else the endpoint's default.</summary>
    public required string Purpose { get; set; }

    public string? CorrelationId { get; set; }
}
