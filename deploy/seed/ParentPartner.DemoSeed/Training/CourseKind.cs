namespace ParentPartner.DemoSeed.Training;

public enum CourseKind
{
    PreService,
    Supplemental,
}
