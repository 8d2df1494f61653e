using System.Collections.Concurrent;
using MassTransit;
using ParentPartner.Contracts.Alliance;

namespace ParentPartner.Testing.Builders.Alliance;

/// <summary>
/// A state deployment's end of the federation link, for tests: publishes AnnualReportSubmitted on the
/// state's vhost (as the state's reporting service will, through its outbox) and records every
/// AnnualReportAnswered that reaches the state. Its answers queue is durable, so answers wait through an
/// outage like a real consumer's would.
/// </summary>
public sealed class StateBus : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private StateBus(IBusControl bus, ConcurrentQueue<(Guid MessageId, AnnualReportAnswered Answer)> answers)
    {
        _bus = bus;
        Answers = answers;
    }

    public ConcurrentQueue<(Guid MessageId, AnnualReportAnswered Answer)> Answers { get; }

    /// <param name="amqpUri">amqp://user:pass@host:port/vhost of the state's broker.</param>
    public static async Task<StateBus> StartAsync(string amqpUri)
    {
        var answers = new ConcurrentQueue<(Guid, AnnualReportAnswered)>();
        var broker = new Uri(amqpUri);
        var credentials = Uri.UnescapeDataString(broker.UserInfo).Split(':', 2);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, (ushort)broker.Port, Uri.UnescapeDataString(broker.AbsolutePath.Trim('/')) is { Length: > 0 } vhost ? vhost : "/", host =>
            {
                host.Username(credentials[0]);
                host.Password(credentials.ElementAtOrDefault(1) ?? "");
                host.PublisherConfirmation = true;
            });
            rabbit.ReceiveEndpoint($"test-state-answers-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.Durable = true;
                endpoint.Handler<AnnualReportAnswered>(context =>
                {
                    answers.Enqueue((context.MessageId ?? Guid.Empty, context.Message));
                    return Task.CompletedTask;
                });
            });
        });
        await bus.StartAsync();
        return new StateBus(bus, answers);
    }

    /// <summary>Publishes a report; the same <paramref name="messageId"/> twice is a redelivered copy, a new one a resend.</summary>
    public async Task<Guid> SubmitAsync(AnnualReportSubmitted report, Guid? messageId = null)
    {
        var id = messageId ?? NewId.NextGuid();
        await _bus.Publish(report, context => context.MessageId = id);
        return id;
    }

    /// <summary>The answers this state received, one per answered submission (duplicate deliveries folded).</summary>
    public IReadOnlyList<AnnualReportAnswered> DistinctAnswers() =>
        [.. Answers.GroupBy(a => a.MessageId).Select(g => g.First().Answer)];

    public ValueTask DisposeAsync() => new(_bus.StopAsync());
}
