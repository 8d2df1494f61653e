using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using Xunit.Abstractions;

namespace ParentPartner.IntegrationTests;

/// <summary>
/// Issue 15's process faults, with real kills: the producer (referral) and the consumer (reporting) run as their own
/// processes on a broker virtual host and databases of their own, and each is SIGKILLed mid-stream and started again.
/// Clients retry what failed with the same Idempotency-Key; every referral is stored once and counted once.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ProcessKillTests(Platform platform, ITestOutputHelper log)
{
    private const int Referrals = 600;

    [Fact]
    public async Task A_producer_and_a_consumer_SIGKILLed_mid_stream_lose_nothing_and_count_nothing_twice()
    {
        var run = $"{platform.RunId}_kill";
        await using var vhost = await BrokerVirtualHost.CreateAsync($"pp-test-{run}");
        await using var referral = new ServiceProcess(platform.Topology.Service("referral"),
            ServiceSettings.For($"pp_{run}_referral", vhost.AmqpUri, platform.Issuer.Issuer));
        await using var reporting = new ServiceProcess(platform.Topology.Service("reporting"),
            ServiceSettings.For($"pp_{run}_reporting", vhost.AmqpUri, platform.Issuer.Issuer));
        await Task.WhenAll(referral.StartAsync(), reporting.StartAsync());

        using var client = new HttpClient { BaseAddress = referral.Address, Timeout = TimeSpan.FromSeconds(20) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await platform.TokenAsync(TestUsers.CoordinatorA));
        var accepted = new ConcurrentDictionary<int, Guid>();
        var next = -1;

        // Eight clients; a request cut off by the kill (connection refused or reset) is sent again with its key.
        var streaming = Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Referrals)
            {
                var body = new ReferralRequestBuilder(TestUsers.ProgramA).Build();
                for (var attempt = 0; !accepted.ContainsKey(i); attempt++)
                {
                    Assert.True(attempt < 120, $"referral {i} was never accepted");
                    try
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(body) };
                        request.Headers.Add("Idempotency-Key", $"{run}-{i}");
                        using var response = await client.SendAsync(request);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            accepted[i] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
                            break;
                        }
                        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"referral {i}: {(int)response.StatusCode}");
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        // The process is gone: the client tries again.
                    }
                    await Task.Delay(TimeSpan.FromMilliseconds(500));
                }
            }
        }));

        await Eventually.UntilAsync(() => Task.FromResult(accepted.Count), n => n >= Referrals / 4, TimeSpan.FromSeconds(120), "a quarter of the stream to be in");
        await referral.KillAsync();
        log.WriteLine($"referral killed after {accepted.Count} referrals");
        await referral.StartAsync();
        await Eventually.UntilAsync(() => Task.FromResult(accepted.Count), n => n >= Referrals * 3 / 5, TimeSpan.FromSeconds(120), "three fifths of the stream to be in");
        await reporting.KillAsync();
        log.WriteLine($"reporting killed after {accepted.Count} referrals");
        await reporting.StartAsync();
        await streaming;

        Assert.Equal(Referrals, accepted.Values.Distinct().Count());
        Assert.Equal(Referrals, await ScalarAsync($"pp_{run}_referral", "SELECT count(*) FROM referrals"));
        var counted = await Eventually.UntilAsync(() => ScalarAsync($"pp_{run}_reporting", "SELECT coalesce(sum(received), 0) FROM referral_counts"),
            n => n >= Referrals, TimeSpan.FromSeconds(90), "reporting to count every referral");
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Equal(Referrals, counted);
        Assert.Equal(Referrals, await ScalarAsync($"pp_{run}_reporting", "SELECT coalesce(sum(received), 0) FROM referral_counts"));
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        var connection = new NpgsqlConnectionStringBuilder(TestInfrastructure.Postgres) { Database = database, Pooling = false };
        await using var db = new NpgsqlConnection(connection.ConnectionString);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
