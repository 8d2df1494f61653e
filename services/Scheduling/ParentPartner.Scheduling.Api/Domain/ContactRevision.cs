using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>What a contact said at one revision, why it changed, who changed it (the audit trail payroll relies on).</summary>
public sealed class ContactRevision : IProgramOwned
{
    public Guid ContactId { get; init; }

    public int Revision { get; init; }

    public required string ProgramId { get; init; }

    public ContactKind Kind { get; init; }

    public ContactMode Mode { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public int Minutes { get; init; }

    public decimal Miles { get; init; }

    public bool Voided { get; init; }

    /// <summary>Why it was corrected or voided; null on revision 1.</summary>
    public string? Reason { get; init; }

    public string? ChangedBy { get; init; }

    public DateTimeOffset ChangedAt { get; init; }

    public static ContactRevision Of(Contact contact, string? reason, string? changedBy, DateTimeOffset at) => new()
    {
        ContactId = contact.Id,
        Revision = contact.Revision,
        ProgramId = contact.ProgramId,
        Kind = contact.Kind,
        Mode = contact.Mode,
        StartedAt = contact.StartedAt,
        Minutes = contact.Minutes,
        Miles = contact.Miles,
        Voided = contact.Voided,
        Reason = reason,
        ChangedBy = changedBy,
        ChangedAt = at,
    };
}
