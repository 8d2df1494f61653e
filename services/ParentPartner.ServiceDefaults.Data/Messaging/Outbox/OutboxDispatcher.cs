using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Telemetry;

namespace ParentPartner.ServiceDefaults.Messaging.Outbox;

/// <summary>
/// Sends outbox rows to the broker. Rows are claimed with FOR UPDATE SKIP LOCKED inside a transaction,
/// published with publisher confirms, and marked sent in that same transaction, so several instances
/// can run side by side without sending a row twice; a crash between publish and commit re-sends it,
/// and the consumers' inbox drops the duplicate (same MessageId). Failures back off exponentially.
/// Times here are wall-clock, not the injectable domain clock: tests that move the domain clock by
/// months must not strand rows in the future.
/// </summary>
public sealed class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    MessageTypeRegistry types,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : ServiceDbContext
{
    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _nextCleanup = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.DispatcherEnabled)
        {
            logger.LogWarning("Outbox dispatcher is disabled by configuration; events stay in the outbox");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchBatchAsync(stoppingToken);
                await CleanUpIfDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning("Outbox dispatch failed ({ExceptionType}); will retry", ex.GetType().Name);
            }

            if (claimed < _options.BatchSize)
            {
                try
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims and sends one batch; returns how many rows it claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var batch = await db.OutboxMessages
            .FromSql($"SELECT * FROM outbox_messages WHERE sent_at IS NULL AND next_attempt_at <= now() ORDER BY created_at, id LIMIT {_options.BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        foreach (var message in batch)
        {
            // The broker is down or refusing: the rest of the batch waits for the next round, in order.
            if (!await PublishAsync(message, cancellationToken))
            {
                break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    private async Task<bool> PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        message.Attempts++;
        try
        {
            var type = types.Resolve(message.MessageType);
            var body = JsonSerializer.Deserialize(message.Body, type, OutboxMessage.SerializerOptions)
                ?? throw new InvalidOperationException("empty outbox body");

            using var activity = StartActivity(message);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.PublishTimeout);
            await bus.Publish(body, type, context => context.MessageId = message.Id, timeout.Token);

            message.SentAt = now;
            message.LastError = null;
            ParentPartnerDiagnostics.OutboxPublished.Add(1);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, message.Attempts), _options.MaxBackoff.TotalSeconds));
            message.NextAttemptAt = now + backoff;
            var error = $"{ex.GetType().Name}: {ex.Message}";
            message.LastError = error.Length > 1000 ? error[..1000] : error;
            ParentPartnerDiagnostics.OutboxFailed.Add(1);
            logger.LogWarning("Outbox message {MessageId} ({MessageType}) not published, attempt {Attempt}: {ExceptionType}",
                message.Id, message.MessageType, message.Attempts, ex.GetType().Name);
            return false;
        }
    }

    // Continues the trace of the request that raised the event, so the consumer's span joins it.
    private static Activity? StartActivity(OutboxMessage message) =>
        ActivityContext.TryParse(message.TraceParent, null, out var parent)
            ? ParentPartnerDiagnostics.ActivitySource.StartActivity("outbox publish", ActivityKind.Internal, parent)
            : ParentPartnerDiagnostics.ActivitySource.StartActivity("outbox publish");

    private async Task CleanUpIfDueAsync(CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (now < _nextCleanup)
        {
            return;
        }
        _nextCleanup = now + _options.CleanupInterval;

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var sentBefore = now - _options.SentRetention;
        var handledBefore = now - _options.InboxRetention;
        await db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < sentBefore).ExecuteDeleteAsync(cancellationToken);
        await db.InboxRecords.Where(r => r.ProcessedAt < handledBefore).ExecuteDeleteAsync(cancellationToken);
        var keyedBefore = now - _options.IdempotencyRetention;
        await db.IdempotencyRecords.Where(r => r.CreatedAt < keyedBefore).ExecuteDeleteAsync(cancellationToken);
    }
}
