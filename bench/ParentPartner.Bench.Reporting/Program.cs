using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using MassTransit;
using Npgsql;
using ParentPartner.Bench.Reporting;

// Modes: (none) 3 runs of 5,000 events → bench/results/reporting-ingestion.md    --events N --runs R    --quick (1 run of 1,000, no file)
var events = Option("--events", 5_000);
var runs = Option("--runs", 3);
var quick = args.Contains("--quick");
if (quick)
{
    (events, runs) = (1_000, 1);
}

var postgres = Required("PP_TEST_POSTGRES");
var rabbit = new Uri(Required("PP_TEST_RABBITMQ"));
var management = new Uri(Required("PP_TEST_RABBITMQ_MANAGEMENT"));
var credentials = Uri.UnescapeDataString(rabbit.UserInfo).Split(':', 2);
var (user, password) = (credentials[0], credentials.ElementAtOrDefault(1) ?? "");
var runId = Guid.NewGuid().ToString("N")[..8];
var vhost = $"pp-bench-reporting-{runId}";
var database = $"pp_bench_reporting_{runId}";
var amqp = new UriBuilder(rabbit) { Path = "/" + vhost }.Uri.ToString();
var serviceDll = ServiceDll();
var loadBefore = LoadAverage();

using var broker = new BrokerAdmin(management, user, password);
await broker.CreateVhostAsync(vhost);
var results = new List<Measurement>();
try
{
    await using (var service = ReportingProcess.Start(serviceDll, postgres, database, amqp))
    {
        await service.WaitReadyAsync(TimeSpan.FromMinutes(3));
        await broker.WaitForConsumersAsync(vhost, 18, TimeSpan.FromMinutes(2));

        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(rabbit.Host, (ushort)rabbit.Port, vhost, host =>
        {
            host.Username(user);
            host.Password(password);
            host.PublisherConfirmation = true;
        }));
        await bus.StartAsync();
        try
        {
            await using var db = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(postgres) { Database = database }.ConnectionString);
            Console.Error.WriteLine("warming up (2,000 events) ...");
            await MeasureAsync(bus, db, service, EventMix.Create("bench-warm-up", 2_000, seed: 1));
            for (var run = 1; run <= runs; run++)
            {
                Console.Error.WriteLine($"run {run}/{runs}: {events:N0} events ...");
                var measurement = await MeasureAsync(bus, db, service, EventMix.Create($"bench-program-{run}", events, seed: 100 + run));
                Console.Error.WriteLine($"  {measurement.EventsPerSecond:N0} events/s (publish {measurement.PublishSeconds:N1} s, ingest {measurement.IngestSeconds:N1} s, service CPU {measurement.CpuMillisecondsPerEvent:N2} ms/event)");
                results.Add(measurement);
            }
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
finally
{
    await broker.DeleteVhostAsync(vhost);
    await DropDatabaseAsync(postgres, database);
}

var table = Render(results, events, loadBefore, LoadAverage());
Console.WriteLine(table);
if (!quick)
{
    var path = Path.Combine(RepositoryRoot(), "bench", "results", "reporting-ingestion.md");
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, table);
    Console.Error.WriteLine($"written {path}");
}
return 0;

// Publishes with 32 concurrent publishers (publisher confirms), then waits until the log holds every event.
static async Task<Measurement> MeasureAsync(IBusControl bus, NpgsqlDataSource db, ReportingProcess service, IReadOnlyList<object> messages)
{
    var before = await LoggedAsync(db);
    var cpuBefore = service.CpuTime;
    var clock = Stopwatch.StartNew();
    var next = -1;
    await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
    {
        int index;
        while ((index = Interlocked.Increment(ref next)) < messages.Count)
        {
            await bus.Publish(messages[index], messages[index].GetType());
        }
    }));
    var published = clock.Elapsed.TotalSeconds;
    var deadline = DateTime.UtcNow.AddMinutes(15);
    while (await LoggedAsync(db) < before + messages.Count)
    {
        if (DateTime.UtcNow > deadline)
        {
            throw new TimeoutException($"only {await LoggedAsync(db) - before} of {messages.Count} events were applied");
        }
        await Task.Delay(50);
    }
    return new Measurement(messages.Count, published, clock.Elapsed.TotalSeconds, (service.CpuTime - cpuBefore).TotalSeconds);
}

static async Task<long> LoggedAsync(NpgsqlDataSource db)
{
    await using var command = db.CreateCommand("SELECT count(*) FROM report_event_log");
    return (long)(await command.ExecuteScalarAsync())!;
}

static async Task DropDatabaseAsync(string postgres, string database)
{
    await using var db = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres" }.ConnectionString);
    await using var command = db.CreateCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    await command.ExecuteNonQueryAsync();
}

static string Render(List<Measurement> results, int events, string loadBefore, string loadAfter)
{
    var rates = results.Select(r => r.EventsPerSecond).Order().ToList();
    var text = new StringBuilder();
    text.AppendLine("# Reporting: event ingestion rate");
    text.AppendLine();
    text.AppendLine("The reporting service as its own process (Release build) on the test PostgreSQL and RabbitMQ; the benchmark publishes");
    text.AppendLine($"{events:N0} events per run (32 concurrent publishers, publisher confirms, a realistic mix: each referral's journey of ten");
    text.AppendLine("events — received, screened, ready with its profile, certification, offer, match, matched, training, end — so several");
    text.AppendLine("queues touch the same referral at once) and measures from the first publish until every event is applied to the read");
    text.AppendLine("models and appended to the event log (one transaction per event: inbox row, row locks, read-model changes, log row).");
    text.AppendLine("A 2,000-event warm-up runs first (JIT tiering on a starved machine is slow to settle).");
    text.AppendLine();
    text.AppendLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; load average before {loadBefore}, after {loadAfter}");
    text.AppendLine($"(the machine is shared with other engineers' builds and tests, so these are lower bounds). Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
    text.AppendLine();
    text.AppendLine("| Run | Events | Publish (s) | Until all applied (s) | Events/s | Service CPU per event (ms) |");
    text.AppendLine("|----:|-------:|------------:|----------------------:|---------:|---------------------------:|");
    for (var i = 0; i < results.Count; i++)
    {
        var r = results[i];
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"| {i + 1} | {r.Events:N0} | {r.PublishSeconds:N1} | {r.IngestSeconds:N1} | {r.EventsPerSecond:N0} | {r.CpuMillisecondsPerEvent:N2} |"));
    }
    text.AppendLine();
    var cpu = results.Select(r => r.CpuMillisecondsPerEvent).Order().ToList();
    text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"Median: **{rates[rates.Count / 2]:N0} events/s** (min {rates[0]:N0}, max {rates[^1]:N0}); the service itself spent a median"));
    text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"**{cpu[cpu.Count / 2]:N2} ms of CPU per event**, so on two otherwise idle cores it could apply about {2000 / cpu[cpu.Count / 2]:N0} events/s before PostgreSQL's own share."));
    text.AppendLine();
    text.AppendLine("Run it: with the PP_TEST_* variables of the tests set, `dotnet run -c Release --project bench/ParentPartner.Bench.Reporting`");
    text.AppendLine("(`-- --events N --runs R`, or `-- --quick` for one run of 1,000 without writing this file).");
    return text.ToString();
}

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

string ServiceDll()
{
    var configuration = typeof(Measurement).Assembly.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
    var dll = Path.Combine(RepositoryRoot(), "services", "Reporting", "ParentPartner.Reporting.Api", "bin", configuration, "net10.0", "ParentPartner.Reporting.Api.dll");
    return File.Exists(dll) ? dll : throw new FileNotFoundException("build the reporting service first (building this benchmark does)", dll);
}

static string RepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParentPartner.sln")))
    {
        directory = directory.Parent;
    }
    return directory?.FullName ?? throw new InvalidOperationException("run from inside the repository");
}

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static string Required(string name) =>
    Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : throw new InvalidOperationException($"{name} is not set (the same variables as the tests).");
