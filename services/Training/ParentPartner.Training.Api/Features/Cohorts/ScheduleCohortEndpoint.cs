using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Features.Common;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Training.Api.Features.Cohorts;

public static class ScheduleCohortEndpoint
{
    private static readonly TimeSpan FarestBack = TimeSpan.FromDays(366);
    private static readonly TimeSpan FarestAhead = TimeSpan.FromDays(2 * 366);

    public static RouteHandlerBuilder MapScheduleCohort(this RouteGroupBuilder program) =>
        program.MapPost("/cohorts", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithValidation()
            .WithIdempotency<TrainingDbContext>()
            .WithName("ScheduleCohort")
            .WithSummary("Schedule a session of a course with a trainer, at a local time in the program's time zone")
            .Produces<CohortResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId,
        ScheduleCohortRequest request,
        TrainingPrograms programs,
        TrainingDbContext db,
        TimeProvider clock,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        var course = await db.Courses.FirstOrDefaultAsync(c => c.ProgramId == programId && c.Id == request.CourseId, cancellationToken);
        if (course is null)
        {
            return Problem.NotFound("course");
        }

        var now = clock.Now();
        var rules = new FieldErrors();
        if (course.IsRetired)
        {
            rules.Add("courseId", "is a retired course.");
        }
        var seats = request.Seats ?? settings.CohortMaxSeats;
        if (seats < settings.CohortMinSeats || seats > settings.CohortMaxSeats)
        {
            rules.Add("seats", $"must be between {settings.CohortMinSeats} and {settings.CohortMaxSeats} (the program's cohort size).");
        }
        ProgramCalendar.TryParseLocal(request.StartsLocal, out var local);
        var startsAt = settings.Calendar.ToUtc(local);
        if (startsAt is null)
        {
            rules.Add("startsLocal", $"does not exist in {settings.TimeZone}: the clocks skip it (daylight saving).");
        }
        else if (startsAt < now - FarestBack || startsAt > now + FarestAhead)
        {
            rules.Add("startsLocal", "must be within a year back (recording a past session) and two years ahead.");
        }
        if (!rules.IsEmpty)
        {
            return rules.ToProblem(StatusCodes.Status422UnprocessableEntity, "The cohort breaks a program rule.");
        }

        var cohort = new Cohort
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            CourseId = course.Id,
            Trainer = request.Trainer!.Trim(),
            Location = string.IsNullOrWhiteSpace(request.Location) ? null : request.Location.Trim(),
            StartsAt = startsAt!.Value,
            DurationMinutes = request.DurationMinutes!.Value,
            Capacity = seats,
            MinimumSize = Math.Min(settings.CohortMinSeats, seats),
            CreatedAt = now,
            CreatedBy = user.SubjectId(),
        };
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/training/programs/{programId}/cohorts/{cohort.Id}", CohortResponse.From(cohort, course, settings));
    }
}
