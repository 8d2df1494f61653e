namespace ParentPartner.Scheduling.Api.Domain;

public enum AppointmentStatus
{
    Booked,
    Fulfilled,
    Cancelled,
    NoShow,
}
