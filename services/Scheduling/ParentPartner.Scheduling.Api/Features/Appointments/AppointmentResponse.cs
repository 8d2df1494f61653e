using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

/// <summary>An appointment: local times in its zone, the UTC instants, and the real elapsed duration.</summary>
/// <param name="Id">The appointment's id.</param>
/// <param name="ProgramId">The program.</param>
/// <param name="MatchId">The match it is for; null for one not tied to a match (training, supervision).</param>
/// <param name="Kind">What the meeting is.</param>
/// <param name="Status">booked, fulfilled, cancelled or no-show.</param>
/// <param name="NoShowBy">Who did not show up; null unless no-show.</param>
/// <param name="Place">in-person, phone or video.</param>
/// <param name="Address">Where to meet, for in person; else null.</param>
/// <param name="Phone">The number to call, for phone; else null.</param>
/// <param name="VideoLink">The link, for video; else null.</param>
/// <param name="SupportParentSubject">The attending support parent's account subject; null when none.</param>
/// <param name="FamilyName">The family's first name or initials only; null when not given.</param>
/// <param name="TimeZone">The IANA time zone the local times are in.</param>
/// <param name="StartsLocal">Local start as yyyy-MM-ddTHH:mm (no offset), in timeZone.</param>
/// <param name="EndsLocal">Local end, same format.</param>
/// <param name="StartsAt">The start instant (UTC).</param>
/// <param name="EndsAt">The end instant (UTC).</param>
/// <param name="DurationMinutes">Real elapsed minutes (a daylight-saving change included).</param>
/// <param name="Sequence">RFC 5545 SEQUENCE: bumped on every change a calendar should notice.</param>
/// <param name="NeedsOutcome">True when it has ended while still booked: record an outcome.</param>
/// <param name="SeriesId">The recurring series it is an occurrence of; null for a single appointment.</param>
/// <param name="OccurrenceLocal">For an occurrence, the local start the series gave it (its RECURRENCE-ID, yyyy-MM-ddTHH:mm), kept when moved; else null.</param>
/// <param name="IsException">For an occurrence, true once changed on its own (this one or this and following).</param>
public sealed record AppointmentResponse(
    Guid Id,
    string ProgramId,
    Guid? MatchId,
    AppointmentKind Kind,
    AppointmentStatus Status,
    NoShowBy? NoShowBy,
    PlaceKind Place,
    string? Address,
    string? Phone,
    string? VideoLink,
    string? SupportParentSubject,
    string? FamilyName,
    string TimeZone,
    string StartsLocal,
    string EndsLocal,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int DurationMinutes,
    int Sequence,
    bool NeedsOutcome,
    Guid? SeriesId,
    string? OccurrenceLocal,
    bool IsException)
{
    public static AppointmentResponse From(Appointment a) => new(
        a.Id, a.ProgramId, a.MatchId, a.Kind, a.Status, a.NoShowBy, a.Place, a.Address, a.Phone, a.VideoLink,
        a.SupportParentSubject, a.FamilyName, a.TimeZone, ProgramCalendar.Format(a.StartsLocal), ProgramCalendar.Format(a.EndsLocal),
        a.StartsAt, a.EndsAt, a.DurationMinutes, a.Sequence, a.NeedsOutcome,
        a.SeriesId, a.OccurrenceLocal is { } occurrence ? ProgramCalendar.Format(occurrence) : null, a.IsException);
}
