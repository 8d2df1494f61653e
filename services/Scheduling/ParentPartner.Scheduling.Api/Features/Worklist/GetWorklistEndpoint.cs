using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.Scheduling.Api.Features.Worklist;

public static class GetWorklistEndpoint
{
    public static RouteHandlerBuilder MapGetWorklist(this RouteGroupBuilder program) =>
        program.MapGet("/worklist", (string programId, int? withinDays, Guid? supportParentId, string? cursor, int? limit, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
                WorklistQuery.PageAsync(db, programId, coordinatorsOnly: false, withinDays, supportParentId, cursor, limit, clock.Now(), cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Staff))
            .WithName("GetFollowUpWorklist")
            .WithSummary("The program's open plan items that are overdue or fall due within withinDays (default 7, at most 90), most urgent first; filter by support parent")
            .Produces<Page<WorklistEntry>>()
            .ProducesValidationProblem();
}
