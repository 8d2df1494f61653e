using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Telemetry;

namespace ParentPartner.ServiceDefaults.Messaging.Inbox;

/// <summary>
/// Base for every consumer that changes its service's database. The inbox row and the consumer's
/// changes commit in one transaction; a redelivered message finds its row and is acknowledged without
/// effect. Two copies arriving at once: the second insert waits on the first's key, then skips.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TDbContext>(TDbContext db, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
    where TDbContext : ServiceDbContext
{
    protected TDbContext Db { get; } = db;

    /// <summary>Stable name recorded in the inbox; renaming the class would re-handle old redeliveries, so it is explicit.</summary>
    protected virtual string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("message without MessageId");
        var cancellationToken = context.CancellationToken;

        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await Db.Database.ExecuteSqlAsync(
            $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {ConsumerName}, now()) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (claimed == 0)
        {
            ParentPartnerDiagnostics.InboxDuplicates.Add(1);
            logger.LogInformation("Message {MessageId} already handled by {Consumer}; skipped", messageId, ConsumerName);
            return;
        }

        await HandleAsync(context.Message, context);
        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Apply the message to <see cref="Db"/>; do not save, the base class commits with the inbox row.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context);
}
