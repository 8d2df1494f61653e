using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using Xunit.Abstractions;

namespace ParentPartner.IntegrationTests;

/// <summary>
/// Issue 15's broker fault, with a real kill: RabbitMQ SIGKILLed while 2,000 referrals stream in, then started again.
/// The API keeps taking referrals (they wait in the outbox); after the restart every accepted referral's event is
/// consumed exactly once (a publish cut off by the kill goes out again as the same message), and the backlog drains
/// within a minute.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class BrokerKillTests(Platform platform, ITestOutputHelper log)
{
    private const int Referrals = 2000;

    [Fact]
    public async Task Referrals_taken_across_a_broker_SIGKILL_are_each_consumed_once_and_the_backlog_drains_within_a_minute()
    {
        var program = TestUsers.ProgramA;
        var countedBefore = await platform.ReferralsCountedAsync(program);
        await using var audit = await DeliveryAudit<ReferralReceived>.StartAsync(platform.Broker);
        using var client = new HttpClient { BaseAddress = platform.Gateway.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.TokenAsync(TestUsers.CoordinatorA));
        var ids = new ConcurrentBag<Guid>();
        var sent = 0;

        // Eight clients at once, as fast as the API answers.
        var streaming = Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            while (Interlocked.Increment(ref sent) <= Referrals)
            {
                using var response = await client.PostAsJsonAsync("/api/referrals", new ReferralRequestBuilder(program).Build());
                ids.Add((await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
            }
        }));
        await Eventually.UntilAsync(() => Task.FromResult(ids.Count), n => n >= Referrals / 5, TimeSpan.FromSeconds(60), "a fifth of the stream to be in");
        await BrokerOutage.KillAsync();
        log.WriteLine($"broker killed after {ids.Count} referrals");
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
        }
        finally
        {
            await BrokerOutage.StartNodeAsync();
        }
        var restarted = Stopwatch.StartNew();
        log.WriteLine($"broker back after {ids.Count} referrals");
        await streaming;
        Assert.Equal(Referrals, ids.Distinct().Count());

        await Eventually.UntilAsync(() => platform.ReferralsCountedAsync(program), n => n >= countedBefore + Referrals, TimeSpan.FromSeconds(60), "reporting to count every referral");
        var drained = restarted.Elapsed;
        await Eventually.UntilAsync(() => Task.FromResult(audit.Deliveries.Select(d => d.Message.ReferralId).Intersect(ids).Distinct().Count()),
            n => n == Referrals, TimeSpan.FromSeconds(60), "the audit to see every event");
        await Task.Delay(TimeSpan.FromSeconds(1));
        log.WriteLine($"backlog drained {drained.TotalSeconds:0.0} s after the restart");

        Assert.True(drained < TimeSpan.FromSeconds(60), $"drained after {drained.TotalSeconds:0.0} s");
        // Consumed exactly once. Publishing is at least once: a publish whose confirm died with the broker goes out
        // again, but as the same message (one message id per referral), which the consumers' inbox drops.
        Assert.Equal(countedBefore + Referrals, await platform.ReferralsCountedAsync(program));
        var published = audit.Deliveries.Where(d => ids.Contains(d.Message.ReferralId)).GroupBy(d => d.Message.ReferralId).ToList();
        Assert.All(published, g => Assert.Single(g.Select(d => d.MessageId).Distinct()));
        log.WriteLine($"{published.Count(g => g.Count() > 1)} events published again after the kill (same message id)");
    }
}
