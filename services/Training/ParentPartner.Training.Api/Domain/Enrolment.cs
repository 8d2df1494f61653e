using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Training.Api.Domain;

/// <summary>A support parent's seat in a cohort, and then their attendance, hours and completion.</summary>
public sealed class Enrolment : IProgramOwned
{
    public Guid Id { get; init; }

    public required string ProgramId { get; init; }

    public Guid CohortId { get; init; }

    public Guid SupportParentId { get; init; }

    public Guid CourseId { get; init; }

    /// <summary>Copied from the cohort so a support parent's upcoming sessions page by start time.</summary>
    public DateTimeOffset SessionStartsAt { get; init; }

    public EnrolmentStatus Status { get; set; }

    public DateTimeOffset EnrolledAt { get; init; }

    public bool Attended { get; set; }

    public decimal? Hours { get; set; }

    /// <summary>Completing the course (not just attending) is what counts for certification.</summary>
    public bool Completed { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }

    public string? RecordedBy { get; set; }
}
