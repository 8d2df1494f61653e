using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Transcripts;

/// <summary>Where a support parent stands on every course, and every session they were enrolled in.</summary>
/// <param name="SupportParentId">The support parent.</param>
/// <param name="ProgramId">Their program.</param>
/// <param name="Status">Where they stand.</param>
/// <param name="CertifiedOn">The day they were certified; null if not yet.</param>
/// <param name="LapsedAt">When their certification lapsed (UTC); null when not lapsed.</param>
/// <param name="TotalHours">Training hours credited across all sessions.</param>
/// <param name="Courses">Their standing on every course of the program.</param>
/// <param name="Sessions">Every session they were enrolled in.</param>
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
    /// <param name="CourseId">The course.</param>
    /// <param name="Code">Its short code.</param>
    /// <param name="Title">Its title.</param>
    /// <param name="Kind">Pre-service or supplemental.</param>
    /// <param name="Retired">Whether the course is retired (no longer required).</param>
    /// <param name="Completed">Whether they completed it.</param>
    /// <param name="CompletedOn">The day they completed it; null if not.</param>
    /// <param name="DueOn">For supplemental courses once certified, the due day (program's time zone); else null.</param>
    /// <param name="Overdue">True from the day after the due day while not completed.</param>
    public sealed record CourseStanding(Guid CourseId, string Code, string Title, CourseKind Kind, bool Retired, bool Completed, DateOnly? CompletedOn, DateOnly? DueOn, bool Overdue);

    /// <summary>One session the support parent was enrolled in.</summary>
    /// <param name="EnrolmentId">The enrolment.</param>
    /// <param name="CohortId">The cohort (session).</param>
    /// <param name="CourseId">The course it taught.</param>
    /// <param name="CourseCode">The course's short code.</param>
    /// <param name="StartsAt">When it started (UTC).</param>
    /// <param name="StartsLocal">The same instant with the program's time-zone offset.</param>
    /// <param name="Status">Enrolled, recorded or cancelled.</param>
    /// <param name="Attended">Whether they attended.</param>
    /// <param name="Hours">Hours credited; null until recorded.</param>
    /// <param name="Completed">Whether it counted as completing the course.</param>
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
