using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Courses;

public static class AddCourseEndpoint
{
    public static RouteHandlerBuilder MapAddCourse(this RouteGroupBuilder program) =>
        program.MapPost("/courses", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithValidation()
            .WithIdempotency<TrainingDbContext>()
            .WithName("AddCourse")
            .WithSummary("Add a course to the program's catalogue (a pre-service course is required of everyone not yet certified)")
            .Produces<CourseResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        string programId,
        AddCourseRequest request,
        TrainingPrograms programs,
        TrainingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        if (await db.Courses.AnyAsync(c => c.ProgramId == programId && c.Code == request.Code, cancellationToken))
        {
            return Problem.Conflict($"The catalogue already has a course '{request.Code}' (codes stay taken after retirement).");
        }

        var now = clock.Now();
        var course = new Course
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            Code = request.Code!,
            Title = request.Title!.Trim(),
            Kind = request.Kind!.Value,
            AddedAt = now,
            AddedOn = settings.Calendar.Today(now),
        };
        db.Courses.Add(course);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/training/programs/{programId}/courses/{course.Id}", CourseResponse.From(course));
    }
}
