using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>
/// One meeting: its local wall-clock start and end in an IANA zone (what people agreed on) and the UTC instants
/// computed from them (what overlap checks, feeds and reminders use). The family appears only as a first name or
/// initials, so a leaked calendar tells little.
/// </summary>
public sealed class Appointment : ISupportParentOwned
{
    public Guid Id { get; init; }

    public required string ProgramId { get; init; }

    /// <summary>Not checked against matches yet: the match read model arrives with the follow-up plans.</summary>
    public Guid? MatchId { get; set; }

    public AppointmentKind Kind { get; set; }

    /// <summary>The series this is an occurrence of, if any.</summary>
    public Guid? SeriesId { get; init; }

    /// <summary>For an occurrence: the local start the series gave it (its RECURRENCE-ID), kept when it is moved.</summary>
    public DateTime? OccurrenceLocal { get; init; }

    /// <summary>For an occurrence: changed on its own ("this one" or "this and following"), so the feed writes it as an override.</summary>
    public bool IsException { get; set; }

    public PlaceKind Place { get; set; }

    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? VideoLink { get; set; }

    /// <summary>The attending support parent's account subject (JWT sub).</summary>
    public string? SupportParentSubject { get; set; }

    /// <summary>A first name or initials only.</summary>
    public string? FamilyName { get; set; }

    public required string TimeZone { get; set; }

    /// <summary>Wall-clock start in <see cref="TimeZone"/>, no offset.</summary>
    public DateTime StartsLocal { get; set; }

    public DateTime EndsLocal { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public AppointmentStatus Status { get; set; }

    public NoShowBy? NoShowBy { get; set; }

    /// <summary>RFC 5545 SEQUENCE: bumped on every change a calendar should notice.</summary>
    public int Sequence { get; set; }

    /// <summary>Set by the appointment sweep when a booked appointment has ended without an outcome.</summary>
    public bool NeedsOutcome { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Real elapsed minutes between the two instants (a meeting over a clock change is an hour longer or shorter on the wall).</summary>
    public int DurationMinutes => (int)(EndsAt - StartsAt).TotalMinutes;
}
