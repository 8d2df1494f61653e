using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Training;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Scheduling.Api.Consumers;

/// <summary>
/// A support parent left: their future booked appointments are cancelled (calendars see it through SEQUENCE) and the
/// program's coordinators get an alert to reassign the families of their active matches. The matches themselves
/// end through matching, which owns them.
/// </summary>
public sealed class SupportParentWithdrawnConsumer(SchedulingDbContext db, TimeProvider clock, ILogger<SupportParentWithdrawnConsumer> logger)
    : IdempotentConsumer<SupportParentWithdrawn, SchedulingDbContext>(db, logger)
{
    protected override async Task HandleAsync(SupportParentWithdrawn message, ConsumeContext<SupportParentWithdrawn> context)
    {
        var cancellationToken = context.CancellationToken;
        var matches = await Db.Matches.Where(m => m.ProgramId == message.ProgramId && m.SupportParentId == message.SupportParentId).ToListAsync(cancellationToken);
        var subjects = matches.Where(m => m.SupportParentSubject != null).Select(m => m.SupportParentSubject!).Distinct().ToList();
        var cancelled = subjects.Count == 0 ? 0 : await Db.Appointments
            .Where(a => a.ProgramId == message.ProgramId && a.Status == AppointmentStatus.Booked && a.StartsAt > message.WithdrawnAt
                && a.SupportParentSubject != null && subjects.Contains(a.SupportParentSubject))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Status, AppointmentStatus.Cancelled).SetProperty(a => a.Sequence, a => a.Sequence + 1)
                .SetProperty(a => a.UpdatedAt, message.WithdrawnAt), cancellationToken);
        var active = matches.Count(m => m.EndedAt == null);
        if (active == 0 && cancelled == 0)
        {
            return;
        }
        // One alert per withdrawal (the unique key on kind and target); the text carries counts only.
        await Db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO reminders (id, program_id, kind, target_id, recipient_subject, text, created_at, attempts)
            VALUES ({Guid.CreateVersion7()}, {message.ProgramId}, {nameof(ReminderKind.SupportParentWithdrawn)}, {message.SupportParentId}, NULL,
                    {$"A support parent left the program: {active} active match(es) need another support parent; {cancelled} future appointment(s) were cancelled."},
                    {clock.GetUtcNow()}, 0)
            ON CONFLICT (kind, target_id) DO NOTHING
            """,
            cancellationToken);
    }
}
