using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Plans;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.Scheduling.Api.Features.Worklist;

/// <summary>Open plan items that are overdue or fall due within a window, most urgent first: one program's, or every program the caller sees.</summary>
public static class WorklistQuery
{
    public const int DefaultWithinDays = 7;
    public const int MaxWithinDays = 90;

    public static async Task<IResult> PageAsync(
        SchedulingDbContext db, string? programId, bool coordinatorsOnly, int? withinDays, Guid? supportParentId, string? cursor, int? limit,
        DateTimeOffset now, CancellationToken cancellationToken)
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
        var until = now.AddDays(withinDays ?? DefaultWithinDays);
        var items = db.PlanItems.AsNoTracking().Where(i => i.Status == PlanItemStatus.Open && i.DueAt <= until);
        if (programId is not null)
        {
            items = items.Where(i => i.ProgramId == programId);
        }
        if (coordinatorsOnly)
        {
            items = items.Where(i => !PlanItem.CountedKinds.Contains(i.Kind));
        }
        var query = items.Join(db.Matches.AsNoTracking(), i => i.MatchId, m => m.MatchId, (i, m) => new { Item = i, Match = m });
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
            r => new WorklistEntry(PlanItemResponse.From(r.Item, now), r.Match.ProgramId, r.Match.ReferralId, r.Match.SupportParentId)));
    }
}
