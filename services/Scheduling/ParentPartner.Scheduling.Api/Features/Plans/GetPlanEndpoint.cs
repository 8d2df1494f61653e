using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.Scheduling.Api.Features.Matches;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Scheduling.Api.Features.Plans;

public static class GetPlanEndpoint
{
    public static RouteHandlerBuilder MapGetPlan(this RouteGroupBuilder program) =>
        program.MapGet("/matches/{matchId:guid}/plan", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithName("GetFollowUpPlan")
            .WithSummary("A match's follow-up plan: every item with its due time, progress and whether it is overdue; a support parent sees only their own matches")
            .Produces<PlanResponse>();

    private static async Task<IResult> HandleAsync(string programId, Guid matchId, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var match = await db.Matches.AsNoTracking().Visible(programId, user).FirstOrDefaultAsync(m => m.MatchId == matchId, cancellationToken);
        if (match is null)
        {
            return Problem.NotFound("match");
        }
        var now = clock.Now();
        var items = await db.PlanItems.AsNoTracking().Where(i => i.MatchId == matchId)
            .OrderBy(i => i.DueAt).ThenBy(i => i.Kind).ThenBy(i => i.Sequence).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PlanResponse(MatchResponse.From(match), [.. items.Select(i => PlanItemResponse.From(i, now))]));
    }
}
