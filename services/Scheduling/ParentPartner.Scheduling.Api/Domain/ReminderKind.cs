namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>appointment-tomorrow (24 hours before), plan-item-overdue, or support-parent-withdrawn (to the coordinators).</summary>
public enum ReminderKind
{
    AppointmentTomorrow,
    PlanItemOverdue,
    SupportParentWithdrawn,
}
