namespace ParentPartner.Referral.Api.Domain;

/// <summary>Where a child-welfare case stands; on the wire as kebab-case ("shelter-hearing").</summary>
public enum CaseStage
{
    PreRemoval,
    ShelterHearing,
    InCare,
    Reunified,
}
