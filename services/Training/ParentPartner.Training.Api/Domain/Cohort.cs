using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Training.Api.Domain;

/// <summary>One session of a course with a trainer: a group of trainees (8–12 by default).</summary>
public sealed class Cohort : IProgramOwned
{
    public Guid Id { get; init; }

    public required string ProgramId { get; init; }

    public Guid CourseId { get; init; }

    public required string Trainer { get; set; }

    public string? Location { get; set; }

    /// <summary>UTC; shown in the program's time zone.</summary>
    public DateTimeOffset StartsAt { get; init; }

    public int DurationMinutes { get; init; }

    /// <summary>Seats; an enrolment beyond this is refused (409).</summary>
    public int Capacity { get; init; }

    /// <summary>Below this the cohort still runs, but is flagged for the coordinator.</summary>
    public int MinimumSize { get; init; }

    /// <summary>Live seats; changed only through <c>Seats</c> (atomic conditional updates).</summary>
    public int EnrolledCount { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public bool IsBelowMinimum => EnrolledCount < MinimumSize;
}
