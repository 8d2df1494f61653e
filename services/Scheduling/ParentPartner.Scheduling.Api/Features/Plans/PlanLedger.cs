using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Plans;

/// <summary>What changes a match's plan after it was made, shared by the contact endpoints and the sweep.</summary>
public static class PlanLedger
{
    /// <summary>
    /// Locks the match row for the rest of the transaction: two contacts logged at once for one family recount one
    /// after the other, so neither count misses the other's contact.
    /// </summary>
    public static Task LockMatchAsync(this SchedulingDbContext db, Guid matchId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT 1 FROM matches WHERE match_id = {matchId} FOR UPDATE", cancellationToken);

    /// <summary>
    /// Child welfare: the monthly-hours items of every month of the match up to the one holding <paramref name="at"/>.
    /// Inserted with ON CONFLICT DO NOTHING on (match, kind, month), so the sweep on several instances and a contact
    /// logged at the same moment add each month once.
    /// </summary>
    /// <param name="opened">The last month already opened, when the caller knows it (the sweep reads them all at once); else it is read here.</param>
    public static async Task<int> AddMonthlyHoursAsync(
        this SchedulingDbContext db, ScheduledMatch match, FollowUpSettings settings, DateTimeOffset at, CancellationToken cancellationToken, int? opened = null)
    {
        if (match.ProgramKind != MatchProgramKind.ChildWelfare)
        {
            return 0;
        }
        var last = FollowUpPlan.MonthOf(match, settings, match.EndedAt is { } ended && ended < at ? ended : at);
        opened ??= await db.PlanItems.Where(i => i.MatchId == match.MatchId && i.Kind == PlanItemKind.MonthlyHours).MaxAsync(i => (int?)i.Sequence, cancellationToken) ?? -1;
        var added = 0;
        for (var month = opened.Value + 1; month <= last; month++)
        {
            var item = FollowUpPlan.MonthlyHours(match, settings, month);
            added += await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO plan_items (id, program_id, match_id, kind, sequence, window_starts_at, due_at, target, target_max, progress, status)
                VALUES ({item.Id}, {item.ProgramId}, {item.MatchId}, {item.Kind.ToString()}, {item.Sequence}, {item.WindowStartsAt}, {item.DueAt},
                        {item.Target}, {item.TargetMax}, 0, {item.Status.ToString()})
                ON CONFLICT (match_id, kind, sequence) DO NOTHING
                """,
                cancellationToken);
        }
        return added;
    }

    /// <summary>Recounts the match's counted items from every contact saved for it (call after saving the contact, in the same transaction).</summary>
    public static async Task RecountAsync(this SchedulingDbContext db, Guid matchId, CancellationToken cancellationToken)
    {
        var items = await db.PlanItems.Where(i => i.MatchId == matchId).ToListAsync(cancellationToken);
        var contacts = await db.Contacts.AsNoTracking().Where(c => c.MatchId == matchId).ToListAsync(cancellationToken);
        FollowUpPlan.Recount(items, contacts);
    }
}
