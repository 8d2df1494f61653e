using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Cohorts;

public static class ListCohortsEndpoint
{
    public static RouteHandlerBuilder MapListCohorts(this RouteGroupBuilder program) =>
        program.MapGet("/cohorts", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithName("ListCohorts")
            .WithSummary("The program's cohorts by start time; upcomingOnly=true hides sessions that have started; filter by course")
            .Produces<Page<CohortResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(
        string programId,
        Guid? courseId,
        bool? upcomingOnly,
        string? cursor,
        int? limit,
        TrainingPrograms programs,
        TrainingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (PageRequest.TryRead(cursor, limit, out var page) is { } problem)
        {
            return problem;
        }
        var settings = await programs.SettingsAsync(programId, cancellationToken);

        var query = db.Cohorts.AsNoTracking().Where(c => c.ProgramId == programId);
        if (courseId is { } course)
        {
            query = query.Where(c => c.CourseId == course);
        }
        if (upcomingOnly == true)
        {
            var now = clock.Now();
            query = query.Where(c => c.StartsAt >= now);
        }
        if (page.After is { } a)
        {
            query = query.Where(c => EF.Functions.GreaterThan(ValueTuple.Create(c.StartsAt, c.Id), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderBy(c => c.StartsAt).ThenBy(c => c.Id).Take(page.Fetch)
            .Join(db.Courses.AsNoTracking(), c => c.CourseId, k => k.Id, (c, k) => new { Cohort = c, Course = k })
            .ToListAsync(cancellationToken);
        rows = [.. rows.OrderBy(r => r.Cohort.StartsAt).ThenBy(r => r.Cohort.Id)];
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor(r.Cohort.StartsAt, r.Cohort.Id), r => CohortResponse.From(r.Cohort, r.Course, settings)));
    }
}
