namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>An appointment's state: booked, fulfilled, cancelled or no-show (on the wire in kebab-case).</summary>
public enum AppointmentStatus
{
    Booked,
    Fulfilled,
    Cancelled,
    NoShow,
}
