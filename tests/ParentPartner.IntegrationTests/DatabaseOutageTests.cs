using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using Xunit.Abstractions;

namespace ParentPartner.IntegrationTests;

/// <summary>
/// Issue 15's database fault, with a real kill: PostgreSQL stopped with `pg_ctl -m immediate` while referrals stream
/// in, then started again. The API answers 503 problems (never 500, never a hang), the client's retry with the same
/// Idempotency-Key lands each referral once, health goes unready and ready again, and no service is restarted.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DatabaseOutageTests(Platform platform, ITestOutputHelper log)
{
    private const int Referrals = 200;
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(50);

    [Fact]
    public async Task While_PostgreSQL_is_down_the_API_answers_503_problems_and_every_referral_lands_once_after()
    {
        var program = TestUsers.ProgramA;
        var storedBefore = await StoredAsync(program);
        var countedBefore = await platform.ReferralsCountedAsync(program);
        using var client = new HttpClient { BaseAddress = platform.Gateway.Address, Timeout = TimeSpan.FromSeconds(20) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.TokenAsync(TestUsers.CoordinatorA));
        var answers = new ConcurrentQueue<(HttpStatusCode Status, string? MediaType, bool RetryAfter, TimeSpan Took)>();
        var accepted = new ConcurrentDictionary<string, Guid>();

        // A client that does what a 503 says: wait, then send the same referral again with the same key.
        async Task SubmitAsync(string key)
        {
            var body = new ReferralRequestBuilder(program).Build();
            for (var attempt = 0; attempt < 60; attempt++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(body) };
                request.Headers.Add("Idempotency-Key", key);
                var clock = Stopwatch.StartNew();
                using var response = await client.SendAsync(request);
                answers.Enqueue((response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Headers.RetryAfter is not null, clock.Elapsed));
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    accepted[key] = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
                    return;
                }
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        var submissions = new List<Task>();
        var streaming = Task.Run(async () =>
        {
            for (var i = 0; i < Referrals; i++)
            {
                lock (submissions)
                {
                    submissions.Add(SubmitAsync($"outage-{platform.RunId}-{i}"));
                }
                await Task.Delay(Spacing);
            }
        });

        await Task.Delay(TimeSpan.FromSeconds(2));
        await DatabaseOutage.CrashAsync();
        var crashedAt = Stopwatch.StartNew();
        try
        {
            using var direct = new HttpClient { BaseAddress = platform.Referral.Address };
            await Eventually.UntilAsync(async () => (await direct.GetAsync("/health/ready")).StatusCode,
                s => s == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(15), "referral to report itself unready");
            await Task.Delay(TimeSpan.FromSeconds(4));
        }
        finally
        {
            await DatabaseOutage.StartAsync();
        }
        log.WriteLine($"database down for {crashedAt.Elapsed.TotalSeconds:0.0} s");

        await streaming;
        Task[] all;
        lock (submissions)
        {
            all = [.. submissions];
        }
        await Task.WhenAll(all).WaitAsync(TimeSpan.FromSeconds(120));

        // Every service recovers on its own: ready again without a restart.
        foreach (var (name, host) in platform.Services)
        {
            using var direct = new HttpClient { BaseAddress = host.Address };
            await Eventually.UntilAsync(async () => (await direct.GetAsync("/health/ready")).StatusCode,
                s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(60), $"{name} to be ready again");
        }

        var refused = answers.Where(a => a.Status != HttpStatusCode.Created).ToList();
        log.WriteLine($"{answers.Count} answers: {answers.Count(a => a.Status == HttpStatusCode.Created)} created, {refused.Count} refused; slowest {answers.Max(a => a.Took).TotalMilliseconds:0} ms");
        Assert.NotEmpty(refused);
        Assert.All(refused, a =>
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, a.Status);
            Assert.Equal("application/problem+json", a.MediaType);
            Assert.True(a.RetryAfter, "a 503 says when to try again");
        });
        Assert.All(answers, a => Assert.True(a.Took < TimeSpan.FromSeconds(15), $"an answer took {a.Took.TotalSeconds:0.0} s"));

        // Each referral stored once, nothing half-written beside them, and each counted once downstream.
        Assert.Equal(Referrals, accepted.Count);
        Assert.Equal(Referrals, accepted.Values.Distinct().Count());
        Assert.Equal(storedBefore + Referrals, await StoredAsync(program));
        await Eventually.UntilAsync(() => platform.ReferralsCountedAsync(program), n => n >= countedBefore + Referrals, TimeSpan.FromSeconds(60), "reporting to count every referral");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(countedBefore + Referrals, await platform.ReferralsCountedAsync(program));
    }

    private async Task<int> StoredAsync(string programId)
    {
        await using var scope = platform.Referral.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferralDbContext>();
        return await db.Referrals.CountAsync(r => r.ProgramId == programId);
    }
}
