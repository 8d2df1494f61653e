using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ParentPartner.Bench.Matching;
using ParentPartner.Bench.Suggestions;
using ParentPartner.Gateway.Limits;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Testing;
using static ParentPartner.Bench.BenchKit;

// Arguments (each optional, after two leading dashes): pool N (certified support parents, default 5000),
// requests R (timed requests per path, default 500), warmup W (default 100).
const int Seed = 20250602;
var poolSize = Argument(args, "pool", 5_000);
var requests = Argument(args, "requests", 500);
var warmup = Argument(args, "warmup", 100);
const int Referrals = 200;

// The hosts find their content roots through the manifest the build writes next to this program, looked up
// relative to the working directory (test runners start there).
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

var runId = Guid.NewGuid().ToString("N")[..8];
var database = $"pp_bench_{runId}_matching";
var loadAtStart = LoadAverage();
Console.Error.WriteLine($"load average {loadAtStart}; starting the issuer, the matching service and the gateway ...");

await using var issuer = new IssuerHost();
issuer.StartServer();
await using var broker = await BrokerVirtualHost.CreateAsync($"pp-bench-{runId}");
try
{
    // Only what a suggestion request touches: the issuer (tokens, JWKS), matching and the gateway. The other
    // services' outbox pollers and consumers would only add background load to a 2-core measurement.
    await using var matching = new ServiceHost<MatchingDbContext>(ServiceSettings.For(database, broker.AmqpUri, issuer.Issuer), TimeProvider.System).Start();
    await using var gateway = new ServiceHost<RequestLimitsOptions>(
        new Dictionary<string, string?>
        {
            ["Auth:Authority"] = issuer.Issuer,
            ["Auth:RequireHttpsMetadata"] = "false",
            ["Gateway:RateLimiting:TokenLimit"] = "100000",
            ["Gateway:RateLimiting:TokensPerPeriod"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            ["ReverseProxy:Clusters:matching:Destinations:primary:Address"] = matching.Address.ToString(),
        },
        TimeProvider.System).Start();

    Console.Error.WriteLine($"seeding {poolSize:N0} certified support parents and {Referrals} waiting referrals into {database} ...");
    var referralIds = await PoolSeeder.SeedAsync(matching, TestUsers.ProgramA, poolSize, Referrals, Seed);

    var token = await issuer.TokenAsync(TestUsers.CoordinatorA);
    using var throughGateway = Client(gateway.Address, token);
    using var direct = Client(matching.Address, token);

    // Every referral once through the gateway: the responses' shape, and warm-up for both paths.
    var samples = new List<SampleResponse>();
    foreach (var id in referralIds) samples.Add(await SuggestAsync(throughGateway, id));
    var sample = samples[^1];
    var eligible = samples.Select(r => r.Eligible).Order().ToList();
    Console.Error.WriteLine($"warm-up: {warmup} more requests per path ...");
    for (var i = 0; i < warmup; i++)
    {
        await SuggestAsync(throughGateway, referralIds[i % referralIds.Count]);
        await SuggestAsync(direct, referralIds[i % referralIds.Count]);
    }

    Console.Error.WriteLine($"timing {requests} requests per path, one at a time, the two paths alternating ...");
    var (viaGateway, viaService) = await TimeAsync(throughGateway, direct, referralIds, requests);
    var loadAtEnd = LoadAverage();

    var report = Render(poolSize, requests, warmup, sample, eligible, viaGateway, viaService, loadAtStart, loadAtEnd);
    Console.WriteLine(report);
    var path = Path.Combine(RepositoryRoot(), "bench", "results", "suggestion-latency.md");
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    await File.WriteAllTextAsync(path, report);
    Console.Error.WriteLine($"written {path}");
    return 0;
}
finally
{
    await DropDatabaseAsync(database);
}

static async Task<SampleResponse> SuggestAsync(HttpClient client, Guid referralId)
{
    using var response = await client.GetAsync($"/api/matching/referrals/{referralId}/suggestions?k=5");
    var body = await response.Content.ReadAsByteArrayAsync();
    if (!response.IsSuccessStatusCode)
    {
        throw new InvalidOperationException($"GET suggestions answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
    }

    var json = JsonDocument.Parse(body).RootElement;
    return new SampleResponse(
        json.GetProperty("suggestions").GetArrayLength(),
        json.GetProperty("eligibleCount").GetInt32(),
        json.GetProperty("excludedCount").GetInt32(),
        body.Length);
}

// One request at a time, each referral in turn, timed from send to the last byte read; the two paths alternate
// so both see the same background load.
static async Task<(double[] First, double[] Second)> TimeAsync(HttpClient first, HttpClient second, IReadOnlyList<Guid> referralIds, int count)
{
    var a = new double[count];
    var b = new double[count];
    for (var i = 0; i < count; i++)
    {
        var referral = referralIds[i % referralIds.Count];
        var started = Stopwatch.GetTimestamp();
        await SuggestAsync(first, referral);
        a[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        started = Stopwatch.GetTimestamp();
        await SuggestAsync(second, referral);
        b[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    Array.Sort(a);
    Array.Sort(b);
    return (a, b);
}

static string Render(int poolSize, int requests, int warmup, SampleResponse sample, List<int> eligible, double[] viaGateway, double[] viaService, string loadAtStart, string loadAtEnd)
{
    static string Ms(double v) => v.ToString("N1", CultureInfo.InvariantCulture) + " ms";
    var cpu = File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        : null;

    var s = new StringBuilder();
    s.AppendLine("# Suggestion endpoint latency benchmark");
    s.AppendLine();
    s.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores{(cpu is null ? string.Empty : $" ({cpu})")}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Release.");
    s.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd}. One process hosts the dev issuer, the matching service and the gateway on their own Kestrel ports (the test toolbox's hosts), on the test PostgreSQL and RabbitMQ. The program's pool holds {poolSize:N0} certified support parents and 200 waiting referrals (seeded into the matching service's read model with the batch benchmark's generator, seed 20250602, plus its pair exclusions for those referrals). `GET /api/matching/referrals/{{id}}/suggestions?k=5` with a real coordinator token, one request at a time over the 200 referrals in turn; warm-up (every referral once, then {warmup} requests per path), then {requests} timed requests per path, the two paths alternating (client-side Stopwatch, send to last byte). Each response: {sample.Suggestions} suggestions explained term by term and the other candidates counted by exclusion reason (eligible per referral: median {eligible[eligible.Count / 2]:N0}, range {eligible[0]:N0}–{eligible[^1]:N0} of {poolSize:N0}), about {sample.Bytes:N0} bytes.");
    s.AppendLine();
    s.AppendLine("| path | requests | p50 | p95 | p99 | max | mean | load avg at start | load avg at end |");
    s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---|---|");
    foreach (var (name, times) in new[] { ("client → gateway → matching", viaGateway), ("client → matching (no gateway, for comparison)", viaService) })
    {
        s.AppendLine(CultureInfo.InvariantCulture,
            $"| {name} | {times.Length} | {Ms(Percentile(times, 50))} | {Ms(Percentile(times, 95))} | {Ms(Percentile(times, 99))} | {Ms(times[^1])} | {Ms(times.Average())} | {loadAtStart} | {loadAtEnd} |");
    }

    s.AppendLine();
    s.AppendLine("Target: p95 ≤ 100 ms through the gateway. The machine is shared (the load average is other work on its 2 cores), so the tail grows with it.");
    return s.ToString();
}

namespace ParentPartner.Bench.Suggestions
{
    internal sealed record SampleResponse(int Suggestions, int Eligible, int Excluded, int Bytes);
}
