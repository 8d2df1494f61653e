namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>How it happened: in-person (a visit, counted toward monthly visits), phone or video.</summary>
public enum ContactMode
{
    InPerson,
    Phone,
    Video,
}
