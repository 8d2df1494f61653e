namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>Who did not show up to a no-show appointment.</summary>
public enum NoShowBy
{
    Family,
    SupportParent,
    Other,
}
