using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Matching;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Plans;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Scheduling.Api.Consumers;

/// <summary>
/// An ended match stops its clocks: open items that would fall due after the end are cancelled (nothing is owed
/// past the end, and nothing turns overdue), booked appointments after the end are cancelled, and the coordinator
/// gets the end-of-match review (and, where the program keeps one, a continued-support check-in).
/// </summary>
public sealed class MatchEndedConsumer(SchedulingDbContext db, ILogger<MatchEndedConsumer> logger)
    : IdempotentConsumer<MatchEnded, SchedulingDbContext>(db, logger)
{
    protected override async Task HandleAsync(MatchEnded message, ConsumeContext<MatchEnded> context)
    {
        var cancellationToken = context.CancellationToken;
        // The end overtook the start (separate queues): throwing rolls back the inbox row, and the retry finds the match.
        var match = await Db.Matches.FindAsync([message.MatchId], cancellationToken)
            ?? throw new InvalidOperationException("MatchEnded before MatchMade; retried until the match arrives.");
        if (match.EndedAt is not null)
        {
            return;
        }
        match.EndedAt = message.EndedAt;
        match.EndReason = message.Reason;

        await Db.PlanItems
            .Where(i => i.MatchId == match.MatchId && i.Status == PlanItemStatus.Open && i.DueAt > message.EndedAt)
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.Status, PlanItemStatus.Cancelled), cancellationToken);
        await Db.Appointments
            .Where(a => a.MatchId == match.MatchId && a.Status == AppointmentStatus.Booked && a.StartsAt > message.EndedAt)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.Status, AppointmentStatus.Cancelled).SetProperty(a => a.Sequence, a => a.Sequence + 1)
                .SetProperty(a => a.UpdatedAt, message.EndedAt), cancellationToken);
        var settings = await Db.FollowUpSettingsForAsync(match.ProgramId, cancellationToken);
        Db.PlanItems.Add(FollowUpPlan.EndOfMatchReview(match, settings, message.EndedAt));
        if (FollowUpPlan.ContinuedSupport(match, settings, message.EndedAt) is { } continued)
        {
            Db.PlanItems.Add(continued);
        }
    }
}
