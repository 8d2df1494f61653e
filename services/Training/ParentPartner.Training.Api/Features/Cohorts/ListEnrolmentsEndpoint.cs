using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Cohorts;

public static class ListEnrolmentsEndpoint
{
    public static RouteHandlerBuilder MapListEnrolments(this RouteGroupBuilder program) =>
        program.MapGet("/cohorts/{cohortId:guid}/enrolments", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithName("ListEnrolments")
            .WithSummary("A cohort's roster, in enrolment order")
            .Produces<Page<EnrolmentResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(
        string programId,
        Guid cohortId,
        string? cursor,
        int? limit,
        TrainingDbContext db,
        CancellationToken cancellationToken)
    {
        if (PageRequest.TryRead(cursor, limit, out var page) is { } problem)
        {
            return problem;
        }
        if (!await db.Cohorts.AnyAsync(c => c.ProgramId == programId && c.Id == cohortId, cancellationToken))
        {
            return Problem.NotFound("cohort");
        }

        var query = db.Enrolments.AsNoTracking().Where(e => e.ProgramId == programId && e.CohortId == cohortId);
        if (page.After is { } a)
        {
            query = query.Where(e => EF.Functions.GreaterThan(ValueTuple.Create(e.EnrolledAt, e.Id), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderBy(e => e.EnrolledAt).ThenBy(e => e.Id).Take(page.Fetch)
            .Join(db.SupportParents.AsNoTracking(), e => e.SupportParentId, p => p.Id, (e, p) => new { Enrolment = e, Parent = p })
            .ToListAsync(cancellationToken);
        rows = [.. rows.OrderBy(r => r.Enrolment.EnrolledAt).ThenBy(r => r.Enrolment.Id)];
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor(r.Enrolment.EnrolledAt, r.Enrolment.Id), r => EnrolmentResponse.From(r.Enrolment, r.Parent)));
    }
}
