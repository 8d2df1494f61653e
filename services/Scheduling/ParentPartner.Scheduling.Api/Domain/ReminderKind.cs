namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>appointment-tomorrow (24 hours before) or plan-item-overdue.</summary>
public enum ReminderKind
{
    AppointmentTomorrow,
    PlanItemOverdue,
}
