using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Cohorts;

public static class GetCohortEndpoint
{
    public static RouteHandlerBuilder MapGetCohort(this RouteGroupBuilder program) =>
        program.MapGet("/cohorts/{cohortId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithName("GetCohort")
            .WithSummary("A cohort with its seats and flags (below-minimum-size)")
            .Produces<CohortResponse>();

    private static async Task<IResult> HandleAsync(string programId, Guid cohortId, TrainingPrograms programs, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.ProgramId == programId && c.Id == cohortId, cancellationToken);
        if (cohort is null)
        {
            return Problem.NotFound("cohort");
        }
        var course = await db.Courses.AsNoTracking().FirstAsync(c => c.Id == cohort.CourseId, cancellationToken);
        return TypedResults.Ok(CohortResponse.From(cohort, course, await programs.SettingsAsync(programId, cancellationToken)));
    }
}
