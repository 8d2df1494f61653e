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

    /// <summary>A contact at its current revision; a void travels as a revision with Voided set.</summary>
    public static ContactLogged Logged(Contact contact) => new()
    {
        ContactId = contact.Id,
        Revision = contact.Revision,
        ProgramId = contact.ProgramId,
        MatchId = contact.MatchId,
        SupportParentId = contact.SupportParentId,
        SupportParentSubject = contact.SupportParentSubject,
        Kind = KebabEnum.Name(contact.Kind),
        Mode = KebabEnum.Name(contact.Mode),
        StartedAt = contact.StartedAt,
        OccurredOn = contact.OccurredOn,
        Minutes = contact.Minutes,
        Miles = contact.Miles,
        EnteredBy = contact.EnteredBy,
        Voided = contact.Voided,
        RecordedAt = contact.UpdatedAt,
    };

    public static PlanItemOverdue Overdue(PlanItem item, DateTimeOffset at) => new()
    {
        PlanItemId = item.Id,
        ProgramId = item.ProgramId,
        MatchId = item.MatchId,
        Kind = KebabEnum.Name(item.Kind),
        DueAt = item.DueAt,
        OccurredAt = at,
    };
}
