using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Scheduling.Api.Jobs;

/// <summary>
/// Enqueues reminders (24 hours before an appointment; when a plan item falls overdue) and delivers them. Enqueueing
/// is idempotent through the (kind, target) key; delivery claims each reminder with a lease (UPDATE … SKIP LOCKED …
/// RETURNING), sends it, then records it sent, so instances never send the same reminder at once. A crash between the
/// send and the record resends it after the lease: the binding gets the reminder id to drop such a repeat.
/// </summary>
public sealed class ReminderQueue(SchedulingDbContext db, IReminderChannel channel, IOptions<ReminderOptions> options, ILogger<ReminderQueue> logger)
{
    private const int BatchSize = 100;

    public static readonly TimeSpan AppointmentLead = TimeSpan.FromHours(24);

    public async Task<int> EnqueueAppointmentRemindersAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + AppointmentLead;
        var due = await db.Appointments.AsNoTracking()
            .Where(a => a.Status == AppointmentStatus.Booked && a.StartsAt > now && a.StartsAt <= until && a.SupportParentSubject != null)
            .Where(a => !db.Reminders.Any(r => r.Kind == ReminderKind.AppointmentTomorrow && r.TargetId == a.Id))
            .ToListAsync(cancellationToken);
        var added = 0;
        foreach (var appointment in due)
        {
            var text = $"Reminder: {Labels.Of(appointment.Kind)} on {Local(appointment.StartsAt, appointment.TimeZone)} ({appointment.TimeZone}).";
            added += await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO reminders (id, program_id, kind, target_id, recipient_subject, text, created_at, attempts)
                VALUES ({Guid.CreateVersion7()}, {appointment.ProgramId}, {nameof(ReminderKind.AppointmentTomorrow)}, {appointment.Id},
                        {appointment.SupportParentSubject}, {text}, {now}, 0)
                ON CONFLICT (kind, target_id) DO NOTHING
                """,
                cancellationToken);
        }
        return added;
    }

    /// <summary>The reminder for an item that just fell overdue: to the support parent for contacts, to the coordinators for the rest.</summary>
    public static Reminder Overdue(PlanItem item, ScheduledMatch? match, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        ProgramId = item.ProgramId,
        Kind = ReminderKind.PlanItemOverdue,
        TargetId = item.Id,
        RecipientSubject = item.IsCounted ? match?.SupportParentSubject : null,
        Text = $"Overdue: {Labels.Of(item.Kind)} for a match, due {item.DueAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.",
        CreatedAt = now,
    };

    public async Task<int> DeliverAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var sent = 0;
        List<Reminder> claimed;
        do
        {
            var lease = now + settings.Lease;
            claimed = await db.Reminders.FromSql(
                    $"""
                    UPDATE reminders SET claimed_until = {lease}, attempts = attempts + 1
                    WHERE id IN (SELECT id FROM reminders
                                 WHERE sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < {now}) AND attempts < {settings.MaxAttempts}
                                 ORDER BY created_at, id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
                    RETURNING *
                    """)
                .IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
            var delivered = new List<Guid>();
            foreach (var reminder in claimed)
            {
                try
                {
                    await channel.SendAsync(reminder, cancellationToken);
                    delivered.Add(reminder.Id);
                }
                catch (HttpRequestException ex)
                {
                    // Retried when the lease runs out; ids only in the log.
                    logger.LogWarning("Reminder {ReminderId} not delivered through {Channel}: {Status}", reminder.Id, channel.Name, ex.StatusCode);
                }
            }
            // One statement per batch: the lease keeps the batch this instance's until it is recorded.
            await db.Reminders.IgnoreQueryFilters().Where(r => delivered.Contains(r.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.SentAt, now).SetProperty(r => r.Channel, channel.Name), cancellationToken);
            sent += delivered.Count;
        }
        while (claimed.Count == BatchSize);
        return sent;
    }

    private static string Local(DateTimeOffset at, string zone) =>
        Instant.FromDateTimeOffset(at).InZone(ProgramCalendar.For(zone).Zone).ToString("ddd d MMM 'at' HH:mm", CultureInfo.InvariantCulture);
}
