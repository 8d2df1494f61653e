using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Courses;

public static class ListCoursesEndpoint
{
    public static RouteHandlerBuilder MapListCourses(this RouteGroupBuilder program) =>
        program.MapGet("/courses", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithName("ListCourses")
            .WithSummary("The program's course catalogue (active courses; retired ones too with includeRetired=true)")
            .Produces<Page<CourseResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(
        string programId,
        bool? includeRetired,
        string? cursor,
        int? limit,
        TrainingPrograms programs,
        TrainingDbContext db,
        CancellationToken cancellationToken)
    {
        if (PageRequest.TryRead(cursor, limit, out var page) is { } problem)
        {
            return problem;
        }
        await programs.SettingsAsync(programId, cancellationToken);

        var query = db.Courses.AsNoTracking().Where(c => c.ProgramId == programId);
        if (includeRetired != true)
        {
            query = query.Where(c => c.RetiredAt == null);
        }
        if (page.After is { } c)
        {
            query = query.Where(x => EF.Functions.GreaterThan(ValueTuple.Create(x.AddedAt, x.Id), ValueTuple.Create(c.At, c.Id)));
        }
        var rows = await query.OrderBy(x => x.AddedAt).ThenBy(x => x.Id).Take(page.Fetch).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, x => new Cursor(x.AddedAt, x.Id), CourseResponse.From));
    }
}
