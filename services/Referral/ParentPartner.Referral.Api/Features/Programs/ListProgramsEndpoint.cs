using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Referral.Api.Features.Programs;

public static class ListProgramsEndpoint
{
    public static RouteHandlerBuilder MapListPrograms(this RouteGroupBuilder group) =>
        group.MapGet("/", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin, Roles.ProgramCoordinator))
            .WithName("ListPrograms")
            .WithSummary("Your programs as referral knows them (a handful per caller, so not paged)")
            .Produces<IReadOnlyList<ProgramResponse>>();

    private static async Task<IResult> HandleAsync(ReferralDbContext db, CancellationToken cancellationToken)
    {
        var programs = await db.Programs.AsNoTracking().OrderBy(p => p.ProgramId).ToListAsync(cancellationToken);
        return TypedResults.Ok(programs.Select(ProgramResponse.From).ToList());
    }
}
