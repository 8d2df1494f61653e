using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;

namespace ParentPartner.IntegrationTests;

/// <summary>Nothing lost, nothing doubled: the outbox and inbox on the real broker and database.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReliabilityTests(Platform platform)
{
    [Fact]
    public async Task Referrals_taken_while_the_broker_is_down_are_each_counted_once_after_it_returns()
    {
        await using var audit = await DeliveryAudit<ReferralReceived>.StartAsync(platform.Broker);
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var before = await platform.ReferralsCountedAsync(TestUsers.ProgramA);
        var ids = new List<Guid>();

        await BrokerOutage.StopAsync();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                using var response = await coordinator.PostAsJsonAsync("/api/referrals", new ReferralRequestBuilder(TestUsers.ProgramA).Build());
                ids.Add((await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid());
            }
            Assert.Equal(5, await UnsentAsync(platform.Referral, ids));
        }
        finally
        {
            await BrokerOutage.StartAsync();
        }

        await Eventually.UntilAsync(() => platform.ReferralsCountedAsync(TestUsers.ProgramA), n => n >= before + 5, TimeSpan.FromSeconds(90), "the outbox to drain after the broker returned");
        await Eventually.UntilAsync(() => Task.FromResult(DistinctDelivered(audit, ids)), n => n == 5, TimeSpan.FromSeconds(30), "the audit to see every event");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(before + 5, await platform.ReferralsCountedAsync(TestUsers.ProgramA));
        Assert.Equal(0, await UnsentAsync(platform.Referral, ids));
        // Each referral's event was minted once: one message id per referral, however often it was sent.
        Assert.All(ids, id => Assert.Single(audit.Deliveries.Where(d => d.Message.ReferralId == id).Select(d => d.MessageId).Distinct()));
    }

    [Fact]
    public async Task An_event_committed_but_not_published_before_a_crash_is_delivered_after_restart()
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Database:Name"] = $"pp_{platform.RunId}_referral_crash",
            ["Outbox:DispatcherEnabled"] = "false",
        };
        var crashing = platform.StartService<ReferralDbContext>("referral", overrides);
        var before = await platform.ReferralsCountedAsync(TestUsers.ProgramA);

        using var client = new HttpClient { BaseAddress = crashing.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.TokenAsync(TestUsers.CoordinatorA));
        using var response = await client.PostAsJsonAsync("/api/referrals", new ReferralRequestBuilder(TestUsers.ProgramA).Build());
        var id = (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Assert.Equal(1, await UnsentAsync(crashing, [id]));

        await platform.StopAsync(crashing);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(before, await platform.ReferralsCountedAsync(TestUsers.ProgramA));

        overrides["Outbox:DispatcherEnabled"] = "true";
        var restarted = platform.StartService<ReferralDbContext>("referral", overrides);
        await Eventually.UntilAsync(() => platform.ReferralsCountedAsync(TestUsers.ProgramA), n => n == before + 1, what: "the restarted service to publish the stranded event");
        Assert.Equal(0, await UnsentAsync(restarted, [id]));
        await platform.StopAsync(restarted);
    }

    [Fact]
    public async Task The_same_message_delivered_twice_changes_the_count_once()
    {
        var program = $"inbox-{Guid.NewGuid():N}";
        await using var audit = await DeliveryAudit<ReferralReceived>.StartAsync(platform.Broker);
        var bus = platform.Referral.Services.GetRequiredService<IBus>();
        var message = new ReferralReceivedBuilder(program).Build();
        var messageId = NewId.NextGuid();

        await bus.Publish(message, context => context.MessageId = messageId);
        await bus.Publish(message, context => context.MessageId = messageId);

        await Eventually.UntilAsync(() => Task.FromResult(audit.Deliveries.Count(d => d.MessageId == messageId)), n => n == 2, what: "both copies to reach the broker's subscribers");
        await Eventually.UntilAsync(() => InboxRowsAsync(messageId), n => n == 1, what: "the reporting inbox to record the message");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await platform.ReferralsCountedAsync(program));
    }

    [Fact]
    public async Task Two_dispatchers_and_two_consumers_at_once_lose_nothing_and_send_nothing_twice()
    {
        var secondReferral = platform.StartService<ReferralDbContext>("referral");
        var secondReporting = platform.StartService<ReportingDbContext>("reporting");
        await using var audit = await DeliveryAudit<ReferralReceived>.StartAsync(platform.Broker);
        var before = await platform.ReferralsCountedAsync(TestUsers.ProgramA);
        var token = await platform.TokenAsync(TestUsers.CoordinatorA);

        var instances = new[] { platform.Referral.Address, secondReferral.Address };
        var ids = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            using var client = new HttpClient { BaseAddress = instances[i % 2] };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.PostAsJsonAsync("/api/referrals", new ReferralRequestBuilder(TestUsers.ProgramA).Build());
            return (await response.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        }));

        await Eventually.UntilAsync(() => platform.ReferralsCountedAsync(TestUsers.ProgramA), n => n >= before + 60, TimeSpan.FromSeconds(60), "both consumers to count all referrals");
        await Eventually.UntilAsync(() => Task.FromResult(DistinctDelivered(audit, ids)), n => n == 60, what: "the audit to see all 60 events");
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(before + 60, await platform.ReferralsCountedAsync(TestUsers.ProgramA));
        Assert.All(ids, id => Assert.Single(audit.Deliveries, d => d.Message.ReferralId == id));
        await platform.StopAsync(secondReferral);
        await platform.StopAsync(secondReporting);
    }

    private static int DistinctDelivered(DeliveryAudit<ReferralReceived> audit, IReadOnlyCollection<Guid> ids) =>
        audit.Deliveries.Select(d => d.Message.ReferralId).Where(ids.Contains).Distinct().Count();

    private async Task<int> InboxRowsAsync(Guid messageId)
    {
        await using var scope = platform.Reporting.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.InboxRecords.CountAsync(r => r.MessageId == messageId);
    }

    private static async Task<int> UnsentAsync<T>(ServiceHost<T> referral, IReadOnlyCollection<Guid> referralIds) where T : class
    {
        await using var scope = referral.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralDbContext>();
        var unsent = await db.OutboxMessages.Where(m => m.SentAt == null).Select(m => m.Body).ToListAsync();
        return unsent.Count(body => referralIds.Any(id => body.Contains(id.ToString(), StringComparison.OrdinalIgnoreCase)));
    }
}
