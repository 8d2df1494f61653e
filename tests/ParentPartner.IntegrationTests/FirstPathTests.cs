using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;

namespace ParentPartner.IntegrationTests;

/// <summary>The first real path: a referral submitted through the gateway is counted by reporting, and only its program sees it.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FirstPathTests(Platform platform)
{
    [Fact]
    public async Task Referral_submitted_through_the_gateway_is_counted_by_reporting_for_its_program_only()
    {
        using var coordinatorA = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var coordinatorB = await platform.GatewayClientAsync(TestUsers.CoordinatorB);
        var beforeA = await ReferralsReceivedAsync(coordinatorA, TestUsers.ProgramA);
        var beforeB = await ReferralsReceivedAsync(coordinatorB, TestUsers.ProgramB);

        using var created = await coordinatorA.PostAsJsonAsync("/api/referrals", new ReferralRequestBuilder(TestUsers.ProgramA).Build());
        var referral = await created.ReadJsonAsync(HttpStatusCode.Created);
        var id = referral.GetProperty("id").GetGuid();
        Assert.Equal($"/api/referrals/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal("received", referral.GetProperty("status").GetString());

        await Eventually.UntilAsync(() => ReferralsReceivedAsync(coordinatorA, TestUsers.ProgramA), n => n == beforeA + 1, what: "reporting to count the referral");

        // The other program's coordinator cannot see the referral, and their figures did not move.
        using var hidden = await coordinatorB.GetAsync($"/api/referrals/{id}");
        await hidden.AssertProblemAsync(HttpStatusCode.NotFound);
        using var visible = await coordinatorA.GetAsync($"/api/referrals/{id}");
        Assert.Equal("Maria", (await visible.ReadJsonAsync()).GetProperty("parent").GetProperty("firstName").GetString());
        Assert.Equal(beforeB, await ReferralsReceivedAsync(coordinatorB, TestUsers.ProgramB));

        // Nor can they read program A's summary: another program's figures are a 404 too.
        using var otherSummary = await coordinatorB.GetAsync($"/api/reports/programs/{TestUsers.ProgramA}/summary");
        await otherSummary.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_coordinator_cannot_submit_into_another_program_and_nothing_is_stored()
    {
        using var coordinatorB = await platform.GatewayClientAsync(TestUsers.CoordinatorB);
        var before = await StoredReferralsAsync(TestUsers.ProgramA);

        using var response = await coordinatorB.PostAsJsonAsync("/api/referrals", new ReferralRequestBuilder(TestUsers.ProgramA).Build());

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await StoredReferralsAsync(TestUsers.ProgramA));
    }

    [Fact]
    public async Task One_trace_covers_gateway_referral_broker_and_the_reporting_consumer()
    {
        using var testSource = new ActivitySource("ParentPartner.Tests");
        var traceId = new StrongBox<ActivityTraceId>();
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string Source, string Name)>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == traceId.Value)
                {
                    seen.Add((activity.Source.Name, activity.DisplayName));
                }
            },
        };
        ActivitySource.AddActivityListener(listener);

        // The client's own span: everything downstream must join its trace.
        using var clientSpan = testSource.StartActivity("coordinator submits a referral", ActivityKind.Client)!;
        traceId.Value = clientSpan.TraceId;

        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(new ReferralRequestBuilder(TestUsers.ProgramA).Build()) };
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        // The consumer's span carries the trace id the client started at the gateway.
        await Eventually.UntilAsync(
            () => Task.FromResult(seen.ToArray()),
            spans => spans.Any(s => s.Source == "MassTransit" && s.Name == "reporting-referral-received process"),
            what: "the reporting consumer's span in the client's trace");
        var spans = seen.ToArray();
        Assert.Contains(spans, s => s.Source == "Yarp.ReverseProxy" && s.Name == "proxy.forwarder");
        Assert.Contains(spans, s => s.Source == "Microsoft.AspNetCore" && s.Name == "POST /api/referrals/");
        Assert.Contains(spans, s => s.Source == "ParentPartner" && s.Name == "outbox publish");
        Assert.Contains(spans, s => s.Source == "MassTransit" && s.Name == "ParentPartner.Contracts.Referrals:ReferralReceived send");
    }

    private async Task<int> StoredReferralsAsync(string programId)
    {
        await using var scope = platform.Referral.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralDbContext>();
        return await db.Referrals.CountAsync(r => r.ProgramId == programId);
    }

    private static async Task<int> ReferralsReceivedAsync(HttpClient client, string programId)
    {
        using var response = await client.GetAsync($"/api/reports/programs/{programId}/summary");
        return (await response.ReadJsonAsync()).GetProperty("referralsReceived").GetInt32();
    }
}
