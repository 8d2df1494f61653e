namespace ParentPartner.Training.Api.Domain;

/// <summary>Child-welfare case stages, the same words the referral service uses for a family's case.</summary>
public enum CaseStage
{
    PreRemoval,
    ShelterHearing,
    InCare,
    Reunified,
}
