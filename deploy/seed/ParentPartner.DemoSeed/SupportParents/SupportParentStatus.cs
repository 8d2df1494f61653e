namespace ParentPartner.DemoSeed.SupportParents;

public enum SupportParentStatus
{
    NotYetEligible,
    InTraining,
    Certified,
    Lapsed,
    Withdrawn,
}
