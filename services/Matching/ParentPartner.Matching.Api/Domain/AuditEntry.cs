using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Matching.Api.Domain;

/// <summary>
/// One audited act: a read of a family's personal data (a match's contact), or an answer or withdrawal a coordinator
/// recorded for an offer. Append-only; ids and codes only, never the data that was read.
/// </summary>
public sealed class AuditEntry : IProgramOwned
{
    public Guid Id { get; set; }
    public required string ProgramId { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>Token subject of whoever acted.</summary>
    public required string Actor { get; set; }

    /// <summary>What was done: read-match, accept-offer, decline-offer, withdraw-offer.</summary>
    public required string Action { get; set; }

    public Guid? MatchId { get; set; }
    public Guid? OfferId { get; set; }

    /// <summary>Why (reads: the X-Access-Purpose header or the endpoint's default; answers: the channel).</summary>
    public required string Purpose { get; set; }

    public string? CorrelationId { get; set; }
}
