using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Cohorts;

/// <summary>A cohort with its seats and flags; times in UTC and in the program's time zone.</summary>
/// <param name="Id">The cohort's id.</param>
/// <param name="ProgramId">The program that runs it.</param>
/// <param name="CourseId">The course it teaches.</param>
/// <param name="CourseCode">The course's short code.</param>
/// <param name="CourseTitle">The course's title.</param>
/// <param name="CourseKind">Pre-service or supplemental.</param>
/// <param name="Trainer">Who leads the session.</param>
/// <param name="Location">Where it meets; null when not set (e.g. online details sent separately).</param>
/// <param name="StartsAt">When it starts (UTC).</param>
/// <param name="StartsLocal">The same instant with the program's time-zone offset.</param>
/// <param name="TimeZone">The program's IANA time zone (e.g. America/Chicago).</param>
/// <param name="DurationMinutes">Length of the session in minutes.</param>
/// <param name="Capacity">Seats in total.</param>
/// <param name="MinimumSize">Enrolments needed for the session to run.</param>
/// <param name="Enrolled">Seats taken (cancelled seats not counted).</param>
/// <param name="SeatsLeft">Seats still free (never below 0).</param>
/// <param name="BelowMinimumSize">True while fewer are enrolled than the minimum size.</param>
/// <param name="Flags">Warnings for the coordinator; today only below-minimum-size.</param>
public sealed record CohortResponse(
    Guid Id,
    string ProgramId,
    Guid CourseId,
    string CourseCode,
    string CourseTitle,
    CourseKind CourseKind,
    string Trainer,
    string? Location,
    DateTimeOffset StartsAt,
    DateTimeOffset StartsLocal,
    string TimeZone,
    int DurationMinutes,
    int Capacity,
    int MinimumSize,
    int Enrolled,
    int SeatsLeft,
    bool BelowMinimumSize,
    IReadOnlyList<string> Flags)
{
    public const string BelowMinimumFlag = "below-minimum-size";

    public static CohortResponse From(Cohort cohort, Course course, TrainingSettings settings) => new(
        cohort.Id,
        cohort.ProgramId,
        course.Id,
        course.Code,
        course.Title,
        course.Kind,
        cohort.Trainer,
        cohort.Location,
        cohort.StartsAt,
        settings.Calendar.Local(cohort.StartsAt),
        settings.TimeZone,
        cohort.DurationMinutes,
        cohort.Capacity,
        cohort.MinimumSize,
        cohort.EnrolledCount,
        Math.Max(0, cohort.Capacity - cohort.EnrolledCount),
        cohort.IsBelowMinimum,
        cohort.IsBelowMinimum ? [BelowMinimumFlag] : []);
}
