namespace ParentPartner.Matching.Engine.Profiles;

/// <summary>Child-welfare case stages, for parent partner programs.</summary>
public enum CaseStage
{
    PreRemoval,
    ShelterHearing,
    InCare,
    Reunified,
}
