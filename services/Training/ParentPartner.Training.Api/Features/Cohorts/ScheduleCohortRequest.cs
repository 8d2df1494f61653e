using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Domain;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Training.Api.Features.Cohorts;

/// <summary>A cohort of a course: when it starts, who trains it and how long a session is.</summary>
/// <example>{"courseId":"8b7d4c21-6e3f-4a59-b0d2-1c9e7f3a5b64","trainer":"Renee Walsh","location":"Des Moines library, room 2","startsLocal":"2027-01-12T18:00","durationMinutes":180,"seats":12}</example>
public sealed record ScheduleCohortRequest : IValidatableRequest
{
    /// <summary>The course the cohort teaches.</summary>
    public Guid? CourseId { get; init; }

    /// <summary>The trainer's name as participants see it.</summary>
    public string? Trainer { get; init; }

    /// <summary>A room, an address or a video link.</summary>
    public string? Location { get; init; }

    /// <summary>Wall-clock start in the program's time zone, without an offset: 2026-03-10T18:00.</summary>
    public string? StartsLocal { get; init; }

    /// <summary>A session's length in minutes.</summary>
    public int? DurationMinutes { get; init; }

    /// <summary>Seats; the program's maximum cohort size when omitted.</summary>
    public int? Seats { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Required("courseId", CourseId)
            .Text("trainer", Trainer, 200, required: true)
            .Text("location", Location, 200)
            .Required("startsLocal", StartsLocal)
            .Range("durationMinutes", DurationMinutes, 15, 720)
            .Range("seats", Seats, 1, 100, required: false);
        if (StartsLocal is { Length: > 0 } && !ProgramCalendar.TryParseLocal(StartsLocal, out _))
        {
            errors.Add("startsLocal", "must be a local date and time without an offset, e.g. 2026-03-10T18:00.");
        }
        return errors;
    }
}
