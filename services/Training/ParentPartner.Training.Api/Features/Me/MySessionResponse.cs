using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Me;

/// <summary>One upcoming session of the caller's, in UTC and in the program's time zone.</summary>
/// <param name="EnrolmentId">The caller's enrolment.</param>
/// <param name="CohortId">The cohort (session).</param>
/// <param name="CourseId">The course it teaches.</param>
/// <param name="CourseTitle">The course's title.</param>
/// <param name="CourseKind">Pre-service or supplemental.</param>
/// <param name="Trainer">Who leads the session.</param>
/// <param name="Location">Where it meets; null when not set.</param>
/// <param name="StartsAt">When it starts (UTC).</param>
/// <param name="StartsLocal">The same instant with the program's time-zone offset.</param>
/// <param name="TimeZone">The program's IANA time zone.</param>
/// <param name="DurationMinutes">Length of the session in minutes.</param>
public sealed record MySessionResponse(
    Guid EnrolmentId,
    Guid CohortId,
    Guid CourseId,
    string CourseTitle,
    CourseKind CourseKind,
    string Trainer,
    string? Location,
    DateTimeOffset StartsAt,
    DateTimeOffset StartsLocal,
    string TimeZone,
    int DurationMinutes);
