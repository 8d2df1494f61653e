using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ParentPartner.Bench.Scheduling;
using ParentPartner.Gateway.Limits;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Calendars;
using ParentPartner.Scheduling.Api.Jobs;
using ParentPartner.Testing;
using static ParentPartner.Bench.BenchKit;

// Arguments (each optional, after two leading dashes): quick (fewer requests and sweep runs, same data sizes),
// feed-requests N (timed feed reads per path, default 300), contact-requests N (timed contacts per path, default 200),
// sweep-runs N (default 5), warmup W (untimed requests per path, default 30), open N (open plan items, default 50000).
const int Seed = 20261208;
var quick = args.Contains("--quick");
var feedRequests = Argument(args, "feed-requests", quick ? 100 : 300);
var contactRequests = Argument(args, "contact-requests", quick ? 60 : 200);
var sweepRuns = Argument(args, "sweep-runs", quick ? 3 : 5);
var warmup = Argument(args, "warmup", quick ? 15 : 30);
var openItems = Argument(args, "open", 50_000);
const int Singles = 900;
const int SeriesCount = 10;
const int PerSeries = 10;
const int OthersAppointments = 2_000;
const int ContactMatches = 20;
const double FeedTargetMs = 20;
const double ContactTargetMs = 50;
const double SweepTargetMs = 2_000;

// The hosts find their content roots through the manifest the build writes next to this program, looked up
// relative to the working directory (test runners start there).
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

var runId = Guid.NewGuid().ToString("N")[..8];
var database = $"pp_bench_{runId}_scheduling";
var loadAtStart = LoadAverage();
Console.Error.WriteLine($"load average {loadAtStart}; starting the issuer, the scheduling service and the gateway ...");

await using var issuer = new IssuerHost();
issuer.StartServer();
await using var broker = await BrokerVirtualHost.CreateAsync($"pp-bench-{runId}");
using var commandLog = new CommandLog();
try
{
    // Only what these requests touch: the issuer (tokens, JWKS), scheduling and the gateway. The in-process sweep
    // timer is off (the benchmark starts each run itself, as the Dapr cron binding would).
    var schedulingSettings = ServiceSettings.For(database, broker.AmqpUri, issuer.Issuer).With("Scheduling:PlanSweep:Enabled", "false");
    await using var scheduling = new ServiceHost<SchedulingDbContext>(schedulingSettings, TimeProvider.System).Start();
    await using var gateway = new ServiceHost<RequestLimitsOptions>(
        new Dictionary<string, string?>
        {
            ["Auth:Authority"] = issuer.Issuer,
            ["Auth:RequireHttpsMetadata"] = "false",
            ["Gateway:RateLimiting:TokenLimit"] = "100000",
            ["Gateway:RateLimiting:TokensPerPeriod"] = "100000",
            // A calendar app polls a feed a few times an hour; the benchmark reads it hundreds of times a minute from one address.
            ["Gateway:RateLimiting:AnonymousTokenLimit"] = "100000",
            ["Gateway:RateLimiting:AnonymousReplenishmentPeriod"] = "00:00:01",
            ["Logging:LogLevel:Default"] = "Warning",
            ["ReverseProxy:Clusters:scheduling:Destinations:primary:Address"] = scheduling.Address.ToString(),
        },
        TimeProvider.System).Start();
    var now = DateTimeOffset.UtcNow;

    // 1. The feed.
    var owner = TestUsers.SupportParentA2;
    Console.Error.WriteLine($"seeding {Singles} single appointments and {SeriesCount} weekly series of {PerSeries} for one support parent, {OthersAppointments:N0} for others ...");
    var shape = await FeedSeeder.SeedAsync(scheduling, TestUsers.ProgramA, owner.Subject, Singles, SeriesCount, PerSeries, OthersAppointments, now, Seed);
    string feedPath;
    using (var ownerClient = Client(gateway.Address, await issuer.TokenAsync(owner)))
    using (var created = await ownerClient.PostAsJsonAsync($"/api/scheduling/programs/{TestUsers.ProgramA}/calendar-feeds", new JsonObject()))
    {
        var body = await created.Content.ReadAsStringAsync();
        if (created.StatusCode != HttpStatusCode.Created) throw new InvalidOperationException($"POST calendar-feeds answered {(int)created.StatusCode}: {body}");
        feedPath = new Uri(JsonDocument.Parse(body).RootElement.GetProperty("url").GetString()!).PathAndQuery;
    }
    using var anonymousGateway = new HttpClient { BaseAddress = gateway.Address };
    using var anonymousDirect = new HttpClient { BaseAddress = scheduling.Address };
    var feed = Feed.Check(await ReadFeedAsync(anonymousGateway, feedPath), shape);
    Console.Error.WriteLine($"feed: {feed.Events} events, {feed.Bytes:N0} bytes; warm-up {warmup} reads per path, then {feedRequests} timed per path ...");
    var feedLoadStart = LoadAverage();
    for (var i = 0; i < warmup; i++)
    {
        await ReadFeedAsync(anonymousGateway, feedPath);
        await ReadFeedAsync(anonymousDirect, feedPath);
    }
    var feedTimes = await AlternateAsync(feedRequests, [() => ReadFeedAsync(anonymousGateway, feedPath), () => ReadFeedAsync(anonymousDirect, feedPath)]);
    var feedLoadEnd = LoadAverage();
    var feedSplit = await FeedSplitAsync(scheduling, TestUsers.ProgramA, owner.Subject, quick ? 10 : 30);

    // 2. Logging a contact.
    var parent = TestUsers.SupportParentA;
    var matchIds = await PlanSeeder.MatchesForAsync(scheduling, TestUsers.ProgramA, parent.Subject, ContactMatches, 40, now);
    var parentToken = await issuer.TokenAsync(parent);
    using var parentGateway = Client(gateway.Address, parentToken);
    using var parentDirect = Client(scheduling.Address, parentToken);
    var random = new Random(Seed);
    var contactsLogged = 0;
    Func<Task> Contact(HttpClient client, bool idempotencyKey) => () =>
    {
        var matchId = matchIds[contactsLogged++ % matchIds.Count];
        return LogContactAsync(client, matchId, random, idempotencyKey);
    };
    Console.Error.WriteLine($"contacts over {ContactMatches} matches: warm-up {warmup} per path, then {contactRequests} timed per path ...");
    var contactLoadStart = LoadAverage();
    for (var i = 0; i < warmup; i++)
    {
        await Contact(parentGateway, true)();
        await Contact(parentGateway, false)();
        await Contact(parentDirect, true)();
    }
    var contactTimes = await AlternateAsync(contactRequests, [Contact(parentGateway, true), Contact(parentGateway, false), Contact(parentDirect, true)]);
    var contactLoadEnd = LoadAverage();
    var contactsPerMatch = contactsLogged / ContactMatches;
    await WaitForOutboxAsync(scheduling);

    // 3. The plan sweep.
    Console.Error.WriteLine($"seeding {openItems:N0} open plan items (and their matches and met items) ...");
    var seedWatch = Stopwatch.StartNew();
    var sweepShape = await PlanSeeder.SweepDataAsync(scheduling, openItems, now, Seed);
    Console.Error.WriteLine($"seeded {sweepShape.Items:N0} items of {sweepShape.Matches:N0} matches in {seedWatch.Elapsed.TotalSeconds:N0} s");
    var (openInDatabase, dueInDatabase) = await CountOpenAsync(scheduling, DateTimeOffset.UtcNow);
    var sweeps = new List<SweepRun>();
    for (var run = 1; run <= sweepRuns; run++)
    {
        var load = LoadAverage();
        await using var scope = scheduling.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var sweep = scope.ServiceProvider.GetRequiredService<PlanSweep>();
        commandLog.Start(db);
        var started = Stopwatch.GetTimestamp();
        var result = await sweep.RunAsync(DateTimeOffset.UtcNow);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var steps = commandLog.Stop();
        sweeps.Add(new SweepRun(run, result, elapsed, steps, load));
        Console.Error.WriteLine($"sweep {run}: {elapsed:N0} ms, {result.ItemsOverdue} overdue, {result.MonthsOpened} months opened, {steps.Sum(s => s.Commands)} commands");
        // Runs are 15 minutes apart in service: the events of the first are published before the next starts.
        await WaitForOutboxAsync(scheduling);
    }
    var loadAtEnd = LoadAverage();

    var report = Report.Render(new ReportInput(
        quick, shape, feed, feedTimes, feedSplit, feedLoadStart, feedLoadEnd, warmup,
        ContactMatches, contactsPerMatch, contactTimes, contactLoadStart, contactLoadEnd,
        sweepShape, openInDatabase, dueInDatabase, sweeps, loadAtStart, loadAtEnd,
        FeedTargetMs, ContactTargetMs, SweepTargetMs));
    Console.WriteLine(report);
    var path = Path.Combine(RepositoryRoot(), "bench", "results", "scheduling.md");
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    await File.WriteAllTextAsync(path, report);
    Console.Error.WriteLine($"written {path}");
    var failed = Percentile(feedTimes[0], 95) > FeedTargetMs || Percentile(contactTimes[0], 95) > ContactTargetMs || sweeps.Any(s => s.Milliseconds > SweepTargetMs);
    return quick && failed ? 1 : 0;
}
finally
{
    await DropDatabaseAsync(database);
}

static async Task<string> ReadFeedAsync(HttpClient client, string path)
{
    using var response = await client.GetAsync(path);
    var body = await response.Content.ReadAsStringAsync();
    if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/calendar")
    {
        throw new InvalidOperationException($"GET feed answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
    }
    return body;
}

// A contact some time in the 40 days since the match was made, as a support parent logs it on the way home; a
// retrying client (the phone app, the demo seed) sends an Idempotency-Key with each new contact.
static async Task LogContactAsync(HttpClient client, Guid matchId, Random random, bool idempotencyKey)
{
    var body = new JsonObject
    {
        ["kind"] = random.Next(4) == 0 ? "phone" : "one-to-one",
        ["mode"] = random.Next(3) == 0 ? "phone" : "in-person",
        ["startedAt"] = (DateTimeOffset.UtcNow - TimeSpan.FromMinutes(random.Next(60, 39 * 24 * 60))).ToString("O", CultureInfo.InvariantCulture),
        ["minutes"] = 15 * random.Next(2, 9),
        ["miles"] = random.Next(0, 300) / 10m,
        ["notes"] = "Talked about the next hearing",
    };
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/scheduling/programs/{TestUsers.ProgramA}/matches/{matchId}/contacts") { Content = JsonContent.Create(body) };
    if (idempotencyKey) request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
    using var response = await client.SendAsync(request);
    if (response.StatusCode != HttpStatusCode.Created)
    {
        throw new InvalidOperationException($"POST contacts answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
    await response.Content.ReadAsByteArrayAsync();
}

// One request at a time, the paths taking turns so all see the same background load; client-side Stopwatch, send to last byte.
static async Task<double[][]> AlternateAsync(int count, IReadOnlyList<Func<Task>> paths)
{
    var times = paths.Select(_ => new double[count]).ToArray();
    for (var i = 0; i < count; i++)
    {
        for (var p = 0; p < paths.Count; p++)
        {
            var started = Stopwatch.GetTimestamp();
            await paths[p]();
            times[p][i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }
    foreach (var t in times) Array.Sort(t);
    return times;
}

// Where a feed read's time goes inside the service: the endpoint's three queries (as GetCalendarFeedEndpoint makes
// them, on a fresh scope each time) and CalendarFeedWriter.Write (Ical.Net building and serializing the calendar).
static async Task<FeedSplit> FeedSplitAsync(ServiceHost<SchedulingDbContext> scheduling, string programId, string subject, int count)
{
    var queries = new double[count];
    var writes = new double[count];
    for (var i = 0; i < count; i++)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = scheduling.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var since = DateTimeOffset.UtcNow - TimeSpan.FromDays(90);
        var mine = db.Appointments.IgnoreQueryFilters().AsNoTracking().Where(a => a.ProgramId == programId && a.SupportParentSubject == subject);
        var recent = await mine.Where(a => a.EndsAt >= since).ToListAsync();
        var seriesIds = recent.Where(a => a.SeriesId != null).Select(a => a.SeriesId!.Value).Distinct().ToList();
        var older = await mine.Where(a => a.EndsAt < since && a.SeriesId != null && seriesIds.Contains(a.SeriesId.Value)).ToListAsync();
        var series = await db.AppointmentSeries.IgnoreQueryFilters().AsNoTracking().Where(s => seriesIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
        queries[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        started = Stopwatch.GetTimestamp();
        _ = CalendarFeedWriter.Write([.. recent, .. older], series);
        writes[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
    Array.Sort(queries);
    Array.Sort(writes);
    return new FeedSplit(count, Percentile(queries, 50), Percentile(queries, 95), Percentile(writes, 50), Percentile(writes, 95));
}

static async Task<(int Open, int Due)> CountOpenAsync(ServiceHost<SchedulingDbContext> scheduling, DateTimeOffset at)
{
    await using var scope = scheduling.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
    var open = await db.PlanItems.IgnoreQueryFilters().CountAsync(i => i.Status == PlanItemStatus.Open);
    var due = await db.PlanItems.IgnoreQueryFilters().CountAsync(i => i.Status == PlanItemStatus.Open && i.OverdueAt == null && i.DueAt <= at);
    return (open, due);
}

static async Task WaitForOutboxAsync(ServiceHost<SchedulingDbContext> scheduling)
{
    var deadline = Stopwatch.StartNew();
    while (deadline.Elapsed < TimeSpan.FromMinutes(3))
    {
        await using var scope = scheduling.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        if (!await db.OutboxMessages.AnyAsync(m => m.SentAt == null)) return;
        await Task.Delay(500);
    }
    Console.Error.WriteLine("the outbox still holds unsent events after 3 minutes; going on");
}

namespace ParentPartner.Bench.Scheduling
{
    internal sealed record FeedSplit(int Count, double QueryP50, double QueryP95, double WriteP50, double WriteP95);

    internal sealed record SweepRun(int Run, PlanSweepResult Result, double Milliseconds, IReadOnlyList<CommandTally> Steps, string LoadAtStart);

    /// <summary>What the feed response held, checked against what was seeded.</summary>
    internal sealed record Feed(int Events, int Masters, int ExceptionDates, int Overrides, int Cancelled, int TimeZones, int Bytes)
    {
        public static Feed Check(string text, FeedShape shape)
        {
            // Only the events' lines: the VTIMEZONE blocks carry RRULEs of their own.
            var lines = new List<string>();
            var inEvent = false;
            foreach (var line in text.Split("\r\n"))
            {
                if (line == "BEGIN:VEVENT") inEvent = true;
                if (inEvent || line == "BEGIN:VTIMEZONE") lines.Add(line);
                if (line == "END:VEVENT") inEvent = false;
            }
            int Count(string prefix) => lines.Count(l => l.StartsWith(prefix, StringComparison.Ordinal));
            var feed = new Feed(Count("BEGIN:VEVENT"), Count("RRULE:"), Count("EXDATE"), Count("RECURRENCE-ID"), Count("STATUS:CANCELLED"), Count("BEGIN:VTIMEZONE"), Encoding.UTF8.GetByteCount(text));
            if (feed.Events != shape.Events || feed.Masters != shape.Series || feed.Overrides != shape.OccurrencesChanged || feed.ExceptionDates < 1)
            {
                throw new InvalidOperationException($"the feed holds {feed}, expected {shape.Events} events, {shape.Series} series, {shape.OccurrencesChanged} overrides");
            }
            return feed;
        }
    }
}
