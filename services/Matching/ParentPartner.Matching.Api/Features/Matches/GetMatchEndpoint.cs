using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Matching.Api.Features.Matches;

public static class GetMatchEndpoint
{
    public static RouteHandlerBuilder MapGetMatch(this RouteGroupBuilder group) =>
        group.MapGet("/matches/{matchId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("GetMatch")
            .Produces<MatchResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid matchId, MatchingDbContext db, CancellationToken cancellationToken) =>
        await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matchId, cancellationToken) is { } match
            ? TypedResults.Ok(MatchResponse.From(match))
            : Problem.NotFound("match");
}
