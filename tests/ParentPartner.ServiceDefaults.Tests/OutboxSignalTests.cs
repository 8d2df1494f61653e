using ParentPartner.ServiceDefaults.Messaging.Outbox;

namespace ParentPartner.ServiceDefaults.Tests;

public sealed class OutboxSignalTests
{
    [Fact]
    public async Task A_notification_wakes_one_wait_and_many_notifications_do_not_pile_up()
    {
        var signal = new OutboxSignal();
        signal.Notify();
        signal.Notify();
        signal.Notify();

        Assert.True(await signal.WaitAsync(TimeSpan.FromSeconds(1), CancellationToken.None));
        Assert.False(await signal.WaitAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None));
    }
}
