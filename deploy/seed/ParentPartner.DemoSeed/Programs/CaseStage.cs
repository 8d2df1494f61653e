namespace ParentPartner.DemoSeed.Programs;

/// <summary>Where a child-welfare case stands (a family's, or a parent partner's own once); kebab-case on the wire.</summary>
public enum CaseStage
{
    PreRemoval,
    ShelterHearing,
    InCare,
    Reunified,
}
