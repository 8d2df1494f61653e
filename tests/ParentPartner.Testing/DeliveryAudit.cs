using System.Collections.Concurrent;
using MassTransit;

namespace ParentPartner.Testing;

/// <summary>
/// An independent subscriber on the real broker that records every delivery of <typeparamref name="TMessage"/>
/// (message id and a key of the test's choosing), to count what the outbox actually published.
/// </summary>
public sealed class DeliveryAudit<TMessage> : IAsyncDisposable
    where TMessage : class
{
    private readonly IBusControl _bus;

    private DeliveryAudit(IBusControl bus, ConcurrentQueue<(Guid MessageId, TMessage Message)> deliveries)
    {
        _bus = bus;
        Deliveries = deliveries;
    }

    public ConcurrentQueue<(Guid MessageId, TMessage Message)> Deliveries { get; }

    public static async Task<DeliveryAudit<TMessage>> StartAsync(BrokerVirtualHost vhost)
    {
        var deliveries = new ConcurrentQueue<(Guid, TMessage)>();
        var broker = new Uri(vhost.AmqpUri);
        var credentials = Uri.UnescapeDataString(broker.UserInfo).Split(':', 2);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, (ushort)broker.Port, vhost.Name, host =>
            {
                host.Username(credentials[0]);
                host.Password(credentials[1]);
            });
            rabbit.ReceiveEndpoint($"test-audit-{Guid.NewGuid():N}", endpoint =>
            {
                // Durable so it survives a simulated broker outage; the fixture's vhost takes it away at the end.
                endpoint.Durable = true;
                endpoint.Handler<TMessage>(context =>
                {
                    deliveries.Enqueue((context.MessageId ?? Guid.Empty, context.Message));
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync();
        return new DeliveryAudit<TMessage>(bus, deliveries);
    }

    public ValueTask DisposeAsync() => new(_bus.StopAsync());
}
