namespace ParentPartner.Contracts.Training;

/// <summary>
/// A support parent attended a training session; payroll pays the hours. Published once per enrolment
/// (<see cref="EnrolmentId"/> is a natural key for consumers).
/// </summary>
public sealed record TrainingAttended : IProgramEvent
{
    public required Guid EnrolmentId { get; init; }
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }
    public string? UserSubject { get; init; }

    /// <summary>employee, contractor or volunteer: how payroll pays these hours.</summary>
    public required string EmploymentType { get; init; }

    public required Guid CohortId { get; init; }
    public required Guid CourseId { get; init; }
    public required string CourseCode { get; init; }

    /// <summary>pre-service or supplemental.</summary>
    public required string CourseKind { get; init; }

    /// <summary>The session's date in the program's time zone.</summary>
    public required DateOnly AttendedOn { get; init; }

    public required DateTimeOffset SessionStartedAt { get; init; }
    public required decimal Hours { get; init; }
    public required bool Completed { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
}
