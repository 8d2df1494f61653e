using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Contacts;

/// <summary>One revision of a contact, as it stood after that change.</summary>
/// <param name="Revision">1 for the contact as first logged, then one more per change.</param>
/// <param name="Kind">What the contact was.</param>
/// <param name="Mode">in-person, phone or video.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="Minutes">How long it lasted, in minutes.</param>
/// <param name="Miles">Miles driven for it.</param>
/// <param name="Voided">Whether this revision voided the contact.</param>
/// <param name="Reason">Why it was changed or voided; null for the first revision.</param>
/// <param name="ChangedBy">Who made the revision (account subject).</param>
/// <param name="ChangedAt">When the revision was made (UTC).</param>
public sealed record ContactRevisionResponse(int Revision, ContactKind Kind, ContactMode Mode, DateTimeOffset StartedAt, int Minutes, decimal Miles, bool Voided, string? Reason, string? ChangedBy, DateTimeOffset ChangedAt)
{
    public static ContactRevisionResponse From(ContactRevision r) => new(r.Revision, r.Kind, r.Mode, r.StartedAt, r.Minutes, r.Miles, r.Voided, r.Reason, r.ChangedBy, r.ChangedAt);
}

/// <summary>A contact at its current revision; one read by id also lists every revision, oldest first.</summary>
/// <param name="Id">The contact's id.</param>
/// <param name="ProgramId">The program.</param>
/// <param name="MatchId">The match it counts toward.</param>
/// <param name="SupportParentId">The support parent who made it.</param>
/// <param name="Kind">What the contact was.</param>
/// <param name="Mode">in-person (counts as a visit), phone or video.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="OccurredOn">The day it happened in the program's time zone.</param>
/// <param name="Minutes">How long it lasted, in minutes.</param>
/// <param name="Miles">Miles driven for it (for mileage stipends).</param>
/// <param name="Notes">The support parent's notes; null when none.</param>
/// <param name="EnteredBy">Who logged it (account subject).</param>
/// <param name="Revision">The current revision number (1 until changed).</param>
/// <param name="Voided">True when voided: it no longer counts toward any plan item.</param>
/// <param name="RecordedAt">When it was first logged (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
/// <param name="Revisions">Every revision, oldest first, on a read by id; null in lists.</param>
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
