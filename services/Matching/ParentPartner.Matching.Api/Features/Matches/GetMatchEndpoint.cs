using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Matching.Api.Features.Matches;

public static class GetMatchEndpoint
{
    public static RouteHandlerBuilder MapGetMatch(this RouteGroupBuilder group) =>
        group.MapGet("/matches/{matchId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin, Roles.SupportParent))
            .WithName("GetMatch")
            .WithSummary("A match naming both parties: the family (first name, contact while active, languages, availability, intake factors) and the support parent")
            .WithDescription("A coordinator sees any match of their program; a support parent only their own (404 otherwise). Each read is audited with its purpose (X-Access-Purpose, default case-work).")
            .Produces<MatchDetailResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        Guid matchId, MatchingDbContext db, ClaimsPrincipal user, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (AccessPurpose.Read(http, "case-work", out var purpose) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }
        if (await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matchId, cancellationToken) is not { } match)
        {
            return Problem.NotFound("match");
        }
        if (!user.IsInRole(Roles.ProgramCoordinator) && !user.IsInRole(Roles.ProgramAdmin))
        {
            // A support parent: only their own match (anyone else's is indistinguishable from none).
            var subject = user.SubjectId();
            var owner = await db.Pool.AsNoTracking().Where(m => m.Id == match.SupportParentId).Select(m => m.UserSubject).FirstOrDefaultAsync(cancellationToken);
            if (subject is null || owner != subject)
            {
                return Problem.NotFound("match");
            }
        }
        var details = await MatchDetails.LoadAsync(db, [match], http, clock.GetUtcNow(), purpose, cancellationToken);
        return TypedResults.Ok(details[0]);
    }
}
