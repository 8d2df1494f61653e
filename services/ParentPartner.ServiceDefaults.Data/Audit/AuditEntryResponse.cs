namespace ParentPartner.ServiceDefaults.Audit;

/// <summary>One entry of a family's trail: who, what (field names only), when, why, under which consent.</summary>
public sealed record AuditEntryResponse(Guid Id, long Sequence, DateTimeOffset At, string Actor, string? ClientId, string Action,
    string RecordType, string RecordId, IReadOnlyList<string> Fields, string Purpose, string? Consent, string? CorrelationId)
{
    public static AuditEntryResponse From(AuditEntry e) =>
        new(e.Id, e.Sequence, e.At, e.Actor, e.ClientId, e.Action, e.RecordType, e.RecordId, e.Fields, e.Purpose, e.Consent, e.CorrelationId);
}
