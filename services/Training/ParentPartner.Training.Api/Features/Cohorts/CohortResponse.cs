using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Cohorts;

/// <summary>A cohort with its seats and flags; times in UTC and in the program's time zone.</summary>
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
