using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Matching.Api.Features.Pool;

public static class GetPoolEndpoint
{
    public static RouteHandlerBuilder MapGetPool(this RouteGroupBuilder program) =>
        program.MapGet("/pool", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("GetMatchingPool")
            .WithSummary("Certified support parents of the program with their active matches and maximum caseload")
            .Produces<IReadOnlyList<PoolItem>>();

    private static async Task<IResult> HandleAsync(string programId, OfferService offers, CancellationToken cancellationToken)
    {
        var pool = await offers.PoolAsync(programId, cancellationToken);
        return TypedResults.Ok(pool.OrderBy(m => m.Id)
            .Select(m => new PoolItem(m.Id, m.InPool, m.ActiveMatches, m.MaxCaseload, Math.Max(0, m.MaxCaseload - m.ActiveMatches)))
            .ToList());
    }
}
