namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>Where it happens: in person (with an address), by phone, or by video (with a link).</summary>
public enum PlaceKind
{
    InPerson,
    Phone,
    Video,
}
