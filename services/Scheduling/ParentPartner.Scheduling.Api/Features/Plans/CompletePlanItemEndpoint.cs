using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Scheduling.Api.Features.Plans;

public static class CompletePlanItemEndpoint
{
    public static RouteHandlerBuilder MapCompletePlanItem(this RouteGroupBuilder program) =>
        program.MapPost("/plan-items/{planItemId:guid}/complete", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Staff))
            .WithName("CompletePlanItem")
            .WithSummary("Mark a check-in, the outcome survey or the end-of-match review done; contact items are met by logging contacts (409)")
            .Produces<PlanItemResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(string programId, Guid planItemId, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var item = await db.PlanItems.FirstOrDefaultAsync(i => i.Id == planItemId && i.ProgramId == programId, cancellationToken);
        if (item is null)
        {
            return Problem.NotFound("plan item");
        }
        if (item.IsCounted)
        {
            return Problem.Conflict("This item is met by the contacts logged for the match; log a contact instead.");
        }
        if (item.Status != PlanItemStatus.Open)
        {
            return Problem.Conflict($"This item is already {(item.Status == PlanItemStatus.Met ? "done" : "cancelled")}.");
        }
        var now = clock.Now();
        item.Status = PlanItemStatus.Met;
        item.MetAt = now;
        item.CompletedBy = user.SubjectId();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PlanItemResponse.From(item, now));
    }
}
