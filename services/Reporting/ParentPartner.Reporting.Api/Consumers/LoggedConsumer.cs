using MassTransit;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.EventLog;
using ParentPartner.Reporting.Api.Projections;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.Reporting.Api.Consumers;

/// <summary>
/// Every reporting consumer: once per message (the inbox), apply the event to the read models and append it
/// to the event log, all in one transaction, so the log always holds exactly what the read models were built from.
/// </summary>
public abstract class LoggedConsumer<TMessage>(ReportingDbContext db, TimeProvider clock, ILogger logger)
    : IdempotentConsumer<TMessage, ReportingDbContext>(db, logger)
    where TMessage : class
{
    protected override async Task HandleAsync(TMessage message, ConsumeContext<TMessage> context)
    {
        var cancellationToken = context.CancellationToken;
        await ReportingEventLog.HoldAgainstRebuildAsync(Db, cancellationToken);
        var kept = await ReportingProjection.ApplyAsync(Db, message, cancellationToken);
        await AfterApplyAsync(message, cancellationToken);
        ReportingEventLog.Append(Db, kept, context.MessageId ?? throw new InvalidOperationException("message without MessageId"), clock.GetUtcNow());
    }

    /// <summary>Live-only work after applying (never repeated by a rebuild).</summary>
    protected virtual Task AfterApplyAsync(TMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
}
