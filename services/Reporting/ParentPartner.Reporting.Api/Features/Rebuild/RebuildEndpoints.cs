using System.Security.Claims;
using ParentPartner.Reporting.Api.EventLog;
using ParentPartner.Reporting.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Reporting.Api.Features.Rebuild;

public static class RebuildEndpoints
{
    /// <summary>POST /programs/{programId}/rebuild (the program's admin, or a platform admin) and POST /rebuild (platform admin: every program).</summary>
    public static RouteGroupBuilder MapRebuild(this RouteGroupBuilder group)
    {
        group.MapPost("/programs/{programId}/rebuild", RebuildProgramAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin, Roles.PlatformAdmin))
            .WithName("RebuildProgramReports")
            .WithSummary("Rebuild your program's figures from the event log (the same figures, from the events alone)")
            .Produces<RebuildResult>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/rebuild", RebuildAllAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin))
            .WithName("RebuildAllReports")
            .WithSummary("Rebuild every program's figures from the event log")
            .Produces<RebuildResult>();
        return group;
    }

    private static async Task<IResult> RebuildProgramAsync(
        string programId, ClaimsPrincipal user, IProgramAccess programs, ReadModelRebuilder rebuilder, CancellationToken cancellationToken)
    {
        if (new FieldErrors().ProgramId(programId) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }
        if (!user.IsInRole(Roles.PlatformAdmin) && !programs.CanAccess(programId))
        {
            return Problem.NotFound("program");
        }
        return TypedResults.Ok(await rebuilder.RebuildAsync(programId, cancellationToken));
    }

    private static async Task<IResult> RebuildAllAsync(ReadModelRebuilder rebuilder, CancellationToken cancellationToken) =>
        TypedResults.Ok(await rebuilder.RebuildAsync(null, cancellationToken));
}
