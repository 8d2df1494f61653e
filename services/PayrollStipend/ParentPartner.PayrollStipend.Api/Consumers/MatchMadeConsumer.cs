using MassTransit;
using ParentPartner.Contracts.Matching;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.PayrollStipend.Api.Consumers;

/// <summary>A match starts its stipend on the day it was made (program's date); only the match id and dates are kept.</summary>
public sealed class MatchMadeConsumer(PayrollStipendDbContext db, TimesheetLedger ledger, PayrollPrograms programs, ILogger<MatchMadeConsumer> logger)
    : IdempotentConsumer<MatchMade, PayrollStipendDbContext>(db, logger)
{
    protected override async Task HandleAsync(MatchMade message, ConsumeContext<MatchMade> context)
    {
        var cancellationToken = context.CancellationToken;
        var payee = await ledger.LockPayeeAsync(message.ProgramId, message.SupportParentId, message.SupportParentSubject, cancellationToken);
        if (await Db.Matches.FindAsync([message.MatchId], cancellationToken) is not null)
        {
            return;
        }
        var settings = await programs.SettingsAsync(message.ProgramId, cancellationToken);
        var match = new MatchRecord
        {
            MatchId = message.MatchId,
            ProgramId = message.ProgramId,
            SupportParentId = message.SupportParentId,
            MatchedOn = settings.Calendar.DateAt(message.MadeAt),
            MadeMessageId = context.MessageId,
        };
        Db.Matches.Add(match);
        var period = await ledger.PeriodAsync(settings, match.MatchedOn, cancellationToken);
        await ledger.ApplyStipendAsync(settings, payee, match, period, cancellationToken);
    }
}
