using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.ServiceDefaults.Audit;

/// <summary>
/// One audited act on a family's personal data: who (subject, client), what (action, record, the names of the
/// fields involved, never their values), when, why (the access purpose) and under which consent. Append-only and
/// hash-chained per service database: <see cref="Hash"/> covers every other column and the previous entry's hash,
/// so an edited, removed or re-ordered row breaks the chain at that row.
/// </summary>
public sealed class AuditEntry : IProgramOwned
{
    public Guid Id { get; set; }

    /// <summary>Position in the service's chain (1, 2, …), assigned when the entry is saved.</summary>
    public long Sequence { get; set; }

    public required string ProgramId { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Token subject of whoever acted (or the client id for a client-credentials caller).</summary>
    public required string Actor { get; set; }

    /// <summary>The OAuth client used (azp).</summary>
    public string? ClientId { get; set; }

    /// <summary>read, update, erase, or a service's own verb (accept-offer).</summary>
    public required string Action { get; set; }

    /// <summary>What kind of record: referral, match, offer, support-parent, appointment, timesheet…</summary>
    public required string RecordType { get; set; }

    public required string RecordId { get; set; }

    /// <summary>Names of the personal-data fields read or written; never their values.</summary>
    public string[] Fields { get; set; } = [];

    /// <summary>Why: the X-Access-Purpose code, or the endpoint's own.</summary>
    public required string Purpose { get; set; }

    /// <summary>The consent in force as the service knows it (e.g. the referral's consent scope), or null.</summary>
    public string? Consent { get; set; }

    public string? CorrelationId { get; set; }

    /// <summary>Hex SHA-256 of the previous entry; null for the first entry of the chain.</summary>
    public string? PreviousHash { get; set; }

    public string Hash { get; set; } = "";
}
