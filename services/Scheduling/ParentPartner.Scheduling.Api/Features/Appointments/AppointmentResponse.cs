using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

/// <summary>An appointment: local times in its zone, the UTC instants, and the real elapsed duration.</summary>
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
