using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Transcripts;

/// <summary>Where a support parent stands on every course, and every session they were enrolled in.</summary>
public sealed record TranscriptResponse(
    Guid SupportParentId,
    string ProgramId,
    SupportParentStatus Status,
    DateOnly? CertifiedOn,
    DateTimeOffset? LapsedAt,
    decimal TotalHours,
    IReadOnlyList<TranscriptResponse.CourseStanding> Courses,
    IReadOnlyList<TranscriptResponse.SessionRecord> Sessions)
{
    /// <summary>
    /// One course: completed or not, and for supplemental courses once certified, the due date
    /// (overdue from the day after).
    /// </summary>
    public sealed record CourseStanding(Guid CourseId, string Code, string Title, CourseKind Kind, bool Retired, bool Completed, DateOnly? CompletedOn, DateOnly? DueOn, bool Overdue);

    public sealed record SessionRecord(
        Guid EnrolmentId,
        Guid CohortId,
        Guid CourseId,
        string CourseCode,
        DateTimeOffset StartsAt,
        DateTimeOffset StartsLocal,
        EnrolmentStatus Status,
        bool Attended,
        decimal? Hours,
        bool Completed);
}
