using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Cohorts;

public static class GetEnrolmentEndpoint
{
    public static RouteHandlerBuilder MapGetEnrolment(this RouteGroupBuilder program) =>
        program.MapGet("/cohorts/{cohortId:guid}/enrolments/{enrolmentId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithName("GetEnrolment")
            .WithSummary("One seat on a cohort's roster")
            .Produces<EnrolmentResponse>();

    private static async Task<IResult> HandleAsync(string programId, Guid cohortId, Guid enrolmentId, TrainingDbContext db, CancellationToken cancellationToken)
    {
        var row = await db.Enrolments.AsNoTracking()
            .Where(e => e.ProgramId == programId && e.CohortId == cohortId && e.Id == enrolmentId)
            .Join(db.SupportParents.AsNoTracking(), e => e.SupportParentId, p => p.Id, (e, p) => new { Enrolment = e, Parent = p })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? Problem.NotFound("enrolment") : TypedResults.Ok(EnrolmentResponse.From(row.Enrolment, row.Parent));
    }
}
