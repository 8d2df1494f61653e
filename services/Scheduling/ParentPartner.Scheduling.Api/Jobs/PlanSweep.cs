using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Events;
using ParentPartner.Scheduling.Api.Features.Plans;

namespace ParentPartner.Scheduling.Api.Jobs;

/// <summary>
/// The SLA clocks' tick: opens each child-welfare match's monthly-hours item as its month begins, marks open plan
/// items past their due time overdue and raises PlanItemOverdue once for each, and flags booked appointments that
/// ended without an outcome; then enqueues tomorrow's appointment reminders and delivers what is waiting. Safe on several instances: the overdue mark is one UPDATE … RETURNING over rows taken
/// with SKIP LOCKED, in the same transaction as the events, so each item is claimed, and published, once.
/// </summary>
public sealed class PlanSweep(SchedulingDbContext db, ReminderQueue reminders, ILogger<PlanSweep> logger)
{
    private const int BatchSize = 1000;

    public async Task<PlanSweepResult> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var months = await OpenMonthsAsync(now, cancellationToken);
        var overdue = 0;
        int flagged;
        do
        {
            flagged = await FlagOverdueAsync(now, cancellationToken);
            overdue += flagged;
        }
        while (flagged == BatchSize);
        var needOutcome = await db.Appointments
            .Where(a => a.Status == AppointmentStatus.Booked && !a.NeedsOutcome && a.EndsAt <= now)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.NeedsOutcome, true), cancellationToken);
        var queued = await reminders.EnqueueAppointmentRemindersAsync(now, cancellationToken);
        var sent = await reminders.DeliverAsync(now, cancellationToken);
        logger.LogInformation("Plan sweep: {Months} monthly-hours items opened, {Overdue} items overdue, {Appointments} appointments need an outcome, {Queued} reminders queued, {Sent} sent",
            months, overdue, needOutcome, queued, sent);
        return new PlanSweepResult(now, months, overdue, needOutcome, queued, sent);
    }

    private async Task<int> OpenMonthsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // One read for every active child-welfare match and the last month it has open; only a match whose new month
        // has begun costs an insert (a statement per match and month every 15 minutes would not scale with age).
        var matches = await db.Matches.AsNoTracking()
            .Where(m => m.ProgramKind == MatchProgramKind.ChildWelfare && m.EndedAt == null)
            .Select(m => new { Match = m, Opened = db.PlanItems.Where(i => i.MatchId == m.MatchId && i.Kind == PlanItemKind.MonthlyHours).Max(i => (int?)i.Sequence) })
            .ToListAsync(cancellationToken);
        var settings = new Dictionary<string, FollowUpSettings>();
        var opened = 0;
        foreach (var row in matches)
        {
            if (!settings.TryGetValue(row.Match.ProgramId, out var programSettings))
            {
                settings[row.Match.ProgramId] = programSettings = await db.FollowUpSettingsForAsync(row.Match.ProgramId, cancellationToken);
            }
            if ((row.Opened ?? -1) < FollowUpPlan.MonthOf(row.Match, programSettings, now))
            {
                opened += await db.AddMonthlyHoursAsync(row.Match, programSettings, now, cancellationToken, row.Opened ?? -1);
            }
        }
        return opened;
    }

    private async Task<int> FlagOverdueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Not composable (an UPDATE), so no query filter may wrap it: the sweep is system work over every program.
        var items = await db.PlanItems.FromSql(
                $"""
                UPDATE plan_items SET overdue_at = {now}
                WHERE id IN (SELECT id FROM plan_items
                             WHERE status = 'Open' AND overdue_at IS NULL AND due_at <= {now}
                             ORDER BY due_at, id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
                RETURNING *
                """)
            .IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        var matchIds = items.Select(i => i.MatchId).Distinct().ToList();
        var matches = await db.Matches.IgnoreQueryFilters().AsNoTracking().Where(m => matchIds.Contains(m.MatchId)).ToDictionaryAsync(m => m.MatchId, cancellationToken);
        foreach (var item in items)
        {
            db.Publish(SchedulingEvents.Overdue(item, now));
            db.Reminders.Add(ReminderQueue.Overdue(item, matches.GetValueOrDefault(item.MatchId), now));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return items.Count;
    }
}
