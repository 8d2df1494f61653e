using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Courses;

public static class GetCourseEndpoint
{
    public static RouteHandlerBuilder MapGetCourse(this RouteGroupBuilder program) =>
        program.MapGet("/courses/{courseId:guid}", async (string programId, Guid courseId, TrainingDbContext db, CancellationToken cancellationToken) =>
                await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.ProgramId == programId && c.Id == courseId, cancellationToken) is { } course
                    ? Results.Ok(CourseResponse.From(course))
                    : Problem.NotFound("course"))
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithName("GetCourse")
            .WithSummary("One course of the program's catalogue")
            .Produces<CourseResponse>();
}
