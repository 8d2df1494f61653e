using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Reporting.Api.Features.ProgramSummary;

public static class ProgramSummaryEndpoint
{
    public static RouteHandlerBuilder MapProgramSummary(this RouteGroupBuilder group) =>
        group.MapGet("/programs/{programId}/summary", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("GetProgramSummary")
            .WithSummary("Your program's headline figures")
            .Produces<ProgramSummaryResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(string programId, ReportingDbContext db, IProgramAccess programs, CancellationToken cancellationToken)
    {
        if (!programs.CanAccess(programId))
        {
            return Problem.NotFound("program");
        }

        var bySource = await db.ReferralCounts.AsNoTracking()
            .Where(c => c.ProgramId == programId)
            .ToDictionaryAsync(c => c.Source, c => c.Received, cancellationToken);
        return TypedResults.Ok(new ProgramSummaryResponse(programId, bySource.Values.Sum(), bySource));
    }
}
