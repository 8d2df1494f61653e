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
        var matches = await db.Matches.AsNoTracking()
            .Where(m => m.ProgramKind == MatchProgramKind.ChildWelfare && m.EndedAt == null)
            .ToListAsync(cancellationToken);
        var settings = new Dictionary<string, FollowUpSettings>();
        var opened = 0;
        foreach (var match in matches)
        {
            if (!settings.TryGetValue(match.ProgramId, out var programSettings))
            {
                settings[match.ProgramId] = programSettings = await db.FollowUpSettingsForAsync(match.ProgramId, cancellationToken);
            }
            opened += await db.AddMonthlyHoursAsync(match, programSettings, now, cancellationToken);
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
