namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>What a coordinator or the attending support parent records after the meeting.</summary>
public enum AppointmentOutcome
{
    Fulfilled,
    NoShow,
}
