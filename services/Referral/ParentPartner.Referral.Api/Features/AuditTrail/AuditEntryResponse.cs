using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.AuditTrail;

public sealed record AuditEntryResponse(Guid Id, Guid ReferralId, DateTimeOffset AccessedAt, string Actor, string? ClientId, string Access, string Purpose, string? CorrelationId)
{
    public static AuditEntryResponse From(AccessAuditEntry entry) =>
        new(entry.Id, entry.ReferralId, entry.AccessedAt, entry.Actor, entry.ClientId, entry.Access, entry.Purpose, entry.CorrelationId);
}
