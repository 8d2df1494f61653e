using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Matching;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.PayrollStipend.Api.Consumers;

/// <summary>
/// A match's stipend stops on the day it ended: every period that already holds its stipend is recomputed (an
/// approved one gets its overpayment back as an adjustment in the next open period).
/// </summary>
public sealed class MatchEndedConsumer(PayrollStipendDbContext db, TimesheetLedger ledger, PayrollPrograms programs, ILogger<MatchEndedConsumer> logger)
    : IdempotentConsumer<MatchEnded, PayrollStipendDbContext>(db, logger)
{
    protected override async Task HandleAsync(MatchEnded message, ConsumeContext<MatchEnded> context)
    {
        var cancellationToken = context.CancellationToken;
        var payee = await ledger.LockPayeeAsync(message.ProgramId, message.SupportParentId, null, cancellationToken);
        var settings = await programs.SettingsAsync(message.ProgramId, cancellationToken);
        var match = await Db.Matches.FindAsync([message.MatchId], cancellationToken);
        if (match is null)
        {
            // The end overtook the start: no stipend was booked, and none is owed past the end.
            return;
        }
        var endedOn = settings.Calendar.DateAt(message.EndedAt);
        if (match.EndedOn == endedOn)
        {
            return;
        }
        match.EndedOn = endedOn;
        match.EndedMessageId = context.MessageId;
        var periodIds = await Db.Lines.Where(l => l.SourceType == Domain.SourceType.Match && l.SourceId == match.MatchId && l.SourcePeriodId != null)
            .Select(l => l.SourcePeriodId!.Value).Distinct().ToListAsync(cancellationToken);
        var periods = await Db.Periods.Where(p => periodIds.Contains(p.Id)).OrderBy(p => p.StartsOn).ToListAsync(cancellationToken);
        foreach (var period in periods)
        {
            await ledger.ApplyStipendAsync(settings, payee, match, period, cancellationToken);
        }
    }
}
