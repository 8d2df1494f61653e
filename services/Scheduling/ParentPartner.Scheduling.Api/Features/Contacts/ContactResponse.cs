using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Contacts;

public sealed record ContactRevisionResponse(int Revision, ContactKind Kind, ContactMode Mode, DateTimeOffset StartedAt, int Minutes, decimal Miles, bool Voided, string? Reason, string? ChangedBy, DateTimeOffset ChangedAt)
{
    public static ContactRevisionResponse From(ContactRevision r) => new(r.Revision, r.Kind, r.Mode, r.StartedAt, r.Minutes, r.Miles, r.Voided, r.Reason, r.ChangedBy, r.ChangedAt);
}

/// <summary>A contact at its current revision; one read by id also lists every revision, oldest first.</summary>
public sealed record ContactResponse(
    Guid Id,
    string ProgramId,
    Guid MatchId,
    Guid SupportParentId,
    ContactKind Kind,
    ContactMode Mode,
    DateTimeOffset StartedAt,
    DateOnly OccurredOn,
    int Minutes,
    decimal Miles,
    string? Notes,
    string EnteredBy,
    int Revision,
    bool Voided,
    DateTimeOffset RecordedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ContactRevisionResponse>? Revisions)
{
    public static ContactResponse From(Contact c, IEnumerable<ContactRevision>? revisions = null) => new(
        c.Id, c.ProgramId, c.MatchId, c.SupportParentId, c.Kind, c.Mode, c.StartedAt, c.OccurredOn, c.Minutes, c.Miles, c.Notes,
        c.EnteredBy, c.Revision, c.Voided, c.RecordedAt, c.UpdatedAt,
        revisions is null ? null : [.. revisions.OrderBy(r => r.Revision).Select(ContactRevisionResponse.From)]);
}
