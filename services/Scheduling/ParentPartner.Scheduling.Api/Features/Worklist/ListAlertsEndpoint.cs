using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.Scheduling.Api.Features.Me;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.Scheduling.Api.Features.Worklist;

public static class ListAlertsEndpoint
{
    public static RouteHandlerBuilder MapListAlerts(this RouteGroupBuilder program) =>
        program.MapGet("/alerts", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Staff))
            .WithName("ListCoordinatorAlerts")
            .WithSummary("The program's alerts for its coordinators, newest first: coordinator plan items overdue, support parents who left with active matches")
            .Produces<Page<ReminderResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(string programId, string? cursor, int? limit, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        if (PageRequest.TryRead(cursor, limit, out var page) is { } problem)
        {
            return problem;
        }
        var query = db.Reminders.AsNoTracking().Where(r => r.ProgramId == programId && r.RecipientSubject == null);
        if (page.After is { } a)
        {
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.CreatedAt, r.Id), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(page.Fetch).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor(r.CreatedAt, r.Id), ReminderResponse.From));
    }
}
