namespace ParentPartner.Training.Api.Domain;

public enum CourseKind
{
    /// <summary>Required before meeting any family.</summary>
    PreService,

    /// <summary>Due within the program's supplemental window (default 365 days) of certification.</summary>
    Supplemental,
}
