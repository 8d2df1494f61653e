using ParentPartner.Testing.Builders.Reporting;

namespace ParentPartner.Reporting.Tests.Support;

public static class Redelivery
{
    /// <summary>
    /// Delivers an already consumed event again: the same message (same MessageId, as a broker redelivery) and a
    /// resend under a new MessageId (as a publisher retry would). Returns once the resend is consumed, by when
    /// the redelivered copy, published before it on the same queue, has been handled too.
    /// </summary>
    public static async Task RedeliverAsync(this ReportingEventBus bus, object message, Guid messageId)
    {
        await bus.PublishAsync(message, messageId);
        var resend = await bus.PublishAsync(message);
        await bus.ConsumedAsync([resend]);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
    }
}
