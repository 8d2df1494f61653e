using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Testing.Builders.Reporting;

/// <summary>
/// Publishes events into a fixture's vhost as the other services would (each with its own MessageId, or a
/// given one to simulate a redelivery) and waits until reporting has consumed them (they are in its event log,
/// which is written in the same transaction as the read models).
/// </summary>
public sealed class ReportingEventBus(Platform platform)
{
    private IBus Bus => platform.Referral.Services.GetRequiredService<IBus>();

    public async Task<Guid> PublishAsync(object message, Guid? messageId = null)
    {
        var id = messageId ?? NewId.NextGuid();
        await Bus.Publish(message, message.GetType(), context => context.MessageId = id);
        return id;
    }

    /// <summary>Publishes the events in order and waits until reporting has applied every one.</summary>
    public async Task<IReadOnlyList<Guid>> PublishAndWaitAsync(params object[] messages)
    {
        var ids = new List<Guid>();
        foreach (var message in messages)
        {
            ids.Add(await PublishAsync(message));
        }
        await ConsumedAsync(ids);
        return ids;
    }

    public async Task ConsumedAsync(IReadOnlyCollection<Guid> messageIds, TimeSpan? timeout = null)
    {
        var expected = messageIds.Distinct().ToList();
        await Eventually.UntilAsync(
            async () =>
            {
                await using var scope = platform.Reporting.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
                return await db.EventLog.CountAsync(e => expected.Contains(e.MessageId));
            },
            n => n == expected.Count,
            timeout ?? TimeSpan.FromSeconds(120),
            $"reporting to consume {expected.Count} events");
    }

    /// <summary>How many events reporting has logged (for every program).</summary>
    public async Task<int> LoggedAsync()
    {
        await using var scope = platform.Reporting.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ReportingDbContext>().EventLog.CountAsync();
    }
}
