using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Me;

/// <summary>One upcoming session of the caller's, in UTC and in the program's time zone.</summary>
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
