using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.AuditTrail;

/// <summary>One read of a referral's personal data, as the append-only audit keeps it: who, when, what and why.</summary>
/// <param name="Id">The audit entry's id.</param>
/// <param name="ReferralId">The referral whose personal data was read.</param>
/// <param name="AccessedAt">When it was read.</param>
/// <param name="Actor">Who read it: the user's name, or the service account's client id.</param>
/// <param name="ClientId">The OAuth client the reader's token was issued to.</param>
/// <param name="Access">What was read (e.g. "view", "list", "export").</param>
/// <param name="Purpose">Why it was read, as a code (e.g. "case-work", "matching").</param>
/// <param name="CorrelationId">The request's correlation id, to find it in the logs.</param>
public sealed record AuditEntryResponse(Guid Id, Guid ReferralId, DateTimeOffset AccessedAt, string Actor, string? ClientId, string Access, string Purpose, string? CorrelationId)
{
    public static AuditEntryResponse From(AccessAuditEntry entry) =>
        new(entry.Id, entry.ReferralId, entry.AccessedAt, entry.Actor, entry.ClientId, entry.Access, entry.Purpose, entry.CorrelationId);
}
