using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Plans;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.Scheduling.Api.Features.Worklist;

public static class GetWorklistEndpoint
{
    public const int DefaultWithinDays = 7;
    public const int MaxWithinDays = 90;

    public static RouteHandlerBuilder MapGetWorklist(this RouteGroupBuilder program) =>
        program.MapGet("/worklist", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Staff))
            .WithName("GetFollowUpWorklist")
            .WithSummary("Open plan items that are overdue or fall due within withinDays (default 7, at most 90), most urgent first; filter by support parent")
            .Produces<Page<WorklistEntry>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(
        string programId, int? withinDays, Guid? supportParentId, string? cursor, int? limit, SchedulingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = PageRequest.Read(cursor, limit, out var page);
        if (withinDays is < 0 or > MaxWithinDays)
        {
            errors.Add("withinDays", $"must be between 0 and {MaxWithinDays}.");
        }
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }
        var now = clock.Now();
        var until = now.AddDays(withinDays ?? DefaultWithinDays);
        var query = db.PlanItems.AsNoTracking()
            .Where(i => i.ProgramId == programId && i.Status == PlanItemStatus.Open && i.DueAt <= until)
            .Join(db.Matches.AsNoTracking(), i => i.MatchId, m => m.MatchId, (i, m) => new { Item = i, Match = m });
        if (supportParentId is { } parent)
        {
            query = query.Where(r => r.Match.SupportParentId == parent);
        }
        if (page.After is { } a)
        {
            query = query.Where(r => EF.Functions.GreaterThan(ValueTuple.Create(r.Item.DueAt, r.Item.Id), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderBy(r => r.Item.DueAt).ThenBy(r => r.Item.Id).Take(page.Fetch).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor(r.Item.DueAt, r.Item.Id),
            r => new WorklistEntry(PlanItemResponse.From(r.Item, now), r.Match.ReferralId, r.Match.SupportParentId)));
    }
}
