using ParentPartner.Contracts.Scheduling;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Scheduling.Api.Events;

/// <summary>The events scheduling publishes: ids, kinds and times; no place, attendee names or notes.</summary>
public static class SchedulingEvents
{
    public static AppointmentClosed Closed(Appointment appointment, DateTimeOffset at) => new()
    {
        AppointmentId = appointment.Id,
        ProgramId = appointment.ProgramId,
        MatchId = appointment.MatchId,
        Kind = KebabEnum.Name(appointment.Kind),
        Outcome = appointment.Status == AppointmentStatus.NoShow ? "no-show" : "fulfilled",
        NoShowBy = appointment.NoShowBy is { } by ? KebabEnum.Name(by) : null,
        StartsAt = appointment.StartsAt,
        OccurredAt = at,
    };
}
