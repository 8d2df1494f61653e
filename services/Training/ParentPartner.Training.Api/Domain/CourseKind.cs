namespace ParentPartner.Training.Api.Domain;

/// <summary>A course's kind: pre-service (needed to be certified) or supplemental (ongoing, with a due date).</summary>
public enum CourseKind
{
    /// <summary>Required before meeting any family.</summary>
    PreService,

    /// <summary>Due within the program's supplemental window (default 365 days) of certification.</summary>
    Supplemental,
}
