using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Referral.Api.Features.Programs;

public static class GetProgramEndpoint
{
    public static RouteHandlerBuilder MapGetProgram(this RouteGroupBuilder group) =>
        group.MapGet("/{programId}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin, Roles.ProgramCoordinator))
            .WithName("GetProgram")
            .WithSummary("One of your programs as referral knows it")
            .Produces<ProgramResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(string programId, ReferralDbContext db, CancellationToken cancellationToken) =>
        await db.Programs.AsNoTracking().FirstOrDefaultAsync(p => p.ProgramId == programId, cancellationToken) is { } program
            ? TypedResults.Ok(ProgramResponse.From(program))
            : Problem.NotFound("program");
}
