using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.Scheduling.Api.Features.Worklist;

public static class GetMyWorklistEndpoint
{
    public static RouteHandlerBuilder MapGetMyWorklist(this RouteGroupBuilder me) =>
        me.MapGet("/worklist", (int? withinDays, string? cursor, int? limit, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
                WorklistQuery.PageAsync(db, programId: null, coordinatorsOnly: true, withinDays, supportParentId: null, cursor, limit, clock.Now(), cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Staff))
            .WithName("GetMyWorklist")
            .WithSummary("A coordinator's own to-do across all their programs: check-ins, surveys and reviews overdue or due within withinDays (default 7), most urgent first")
            .Produces<Page<WorklistEntry>>()
            .ProducesValidationProblem();
}
