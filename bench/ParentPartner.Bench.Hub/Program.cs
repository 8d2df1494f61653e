using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParentPartner.AllianceHub.Api.Data;
using ParentPartner.AllianceHub.Api.Features.National;
using ParentPartner.Bench.Hub;
using ParentPartner.Contracts.Alliance;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;

// The hub's national views, each as its endpoint does it (a fresh DbContext, the query, the rendering),
// on 56 states × 10 years of reports. Target: ≤ 100 ms each.
const int FirstYear = 2016, Years = 10, Seed = 20261125, WarmUp = 5, Runs = 60;
const double TargetMs = 100;

var server = Environment.GetEnvironmentVariable("PP_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("PP_TEST_POSTGRES")
    ?? throw new InvalidOperationException("Set PP_BENCH_POSTGRES (or PP_TEST_POSTGRES) to a PostgreSQL server, e.g. Host=127.0.0.1;Port=57432;Username=postgres");
var database = $"pp_bench_alliance_hub_{Guid.NewGuid():N}"[..32];
var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
var options = new DbContextOptionsBuilder<AllianceHubDbContext>().UseNpgsql(connection).UseSnakeCaseNamingConvention().Options;
AllianceHubDbContext NewContext() => new(options, SystemProgramAccess.Instance);
var json = new JsonSerializerOptions();
JsonExtensions.Configure(json);

var loadAtStart = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
try
{
    var submissions = NationalDataSet.Generate(FirstYear, Years, Seed);
    await using (var db = NewContext())
    {
        await db.Database.MigrateAsync();
        db.Submissions.AddRange(submissions);
        db.PublishedFigures.AddRange(NationalDataSet.Publish(submissions));
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlRawAsync("ANALYZE submissions; ANALYZE published_figures");
    }
    var lastYear = FirstYear + Years - 1;
    Console.WriteLine($"seeded {submissions.Count} submissions ({submissions.Select(s => (s.StateCode, s.ProgramId)).Distinct().Count()} programs) in {database}");

    var queries = new (string Name, string Endpoint, Func<Task<int>> Run)[]
    {
        ("national totals, one year", $"GET /api/alliance/national/{lastYear}", async () =>
        {
            await using var db = NewContext();
            return JsonSerializer.SerializeToUtf8Bytes(await new NationalFigures(db).TotalsAsync(lastYear, default), json).Length;
        }),
        ("per-state table, one year", $"GET /api/alliance/national/{lastYear}/states", async () =>
        {
            await using var db = NewContext();
            return JsonSerializer.SerializeToUtf8Bytes(await new NationalFigures(db).StateTableAsync(lastYear, default), json).Length;
        }),
        ("per-state table as CSV", $"GET /api/alliance/national/{lastYear}/states.csv", async () =>
        {
            await using var db = NewContext();
            return Encoding.UTF8.GetByteCount(StateTableCsv.Write(await new NationalFigures(db).StateTableAsync(lastYear, default)));
        }),
        ("trends, ten years", $"GET /api/alliance/national/trends?from={FirstYear}&to={lastYear}", async () =>
        {
            await using var db = NewContext();
            return JsonSerializer.SerializeToUtf8Bytes(await new NationalFigures(db).TrendsAsync(FirstYear, lastYear, default), json).Length;
        }),
        ("matches chart, ten years (SVG)", $"GET /api/alliance/national/charts/matches.svg?from={FirstYear}&to={lastYear}", async () =>
        {
            await using var db = NewContext();
            var matches = await new NationalFigures(db).SumsAsync(FirstYear, lastYear, byState: true, default, ReportedFigure.MatchesMade);
            return Encoding.UTF8.GetByteCount(MatchesChart.Render(FirstYear, lastYear, matches));
        }),
    };

    var rows = new List<string>();
    var allMet = true;
    foreach (var (name, endpoint, run) in queries)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            await run();
        }
        var times = new List<double>();
        var size = 0;
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            size = await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        double At(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
        var met = At(0.95) <= TargetMs;
        allMet &= met;
        rows.Add(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | `{endpoint}` | {At(0.5):F1} | {At(0.95):F1} | {times[0]:F1} | {times[^1]:F1} | {size:N0} | {(met ? "yes" : "NO")} |"));
        Console.WriteLine(rows[^1]);
    }

    string version;
    await using (var db = NewContext())
    {
        version = await db.Database.SqlQueryRaw<string>("SELECT split_part(version(), ' ', 2) AS \"Value\"").SingleAsync();
    }
    var loadAtEnd = File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
    var accepted = submissions.Count(s => s.Status == ParentPartner.AllianceHub.Api.Domain.SubmissionStatus.Accepted);
    var published = NationalDataSet.Publish(submissions).Count;
    var report = $"""
        # Alliance hub national queries

        Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, Release, workstation GC; PostgreSQL {version} on the same machine.
        Measured {DateTime.UtcNow:yyyy-MM-dd}. Load average at start {loadAtStart}, at end {loadAtEnd} (the machine was shared with other builds and test runs).

        Data: {JurisdictionCount()} states and territories × {Years} years ({FirstYear}–{lastYear}), 1–3 programs each, {submissions.Count:N0} submissions
        ({accepted:N0} accepted, about 20 % of program years with an accepted second revision, some with a pending third or a rejected one),
        11 figures each, about a quarter of the counts from 1 to 10 and so suppressed. Seed {Seed}; see `NationalDataSet.cs`.

        Each row times what the endpoint does after authorization: a new DbContext, the query (sums over `published_figures`, the
        national record of latest accepted revisions that accepting a report maintains: {published:N0} rows here), the assembly and the
        rendering (JSON with the service's options, CSV, SVG). {WarmUp} warm-up calls, then {Runs} timed calls
        one after another (Stopwatch). Target: ≤ {TargetMs:F0} ms each (judged on the p95). The minimum is the closest to an idle
        machine's time: on a loaded one the process and PostgreSQL wait for a core.

        | view | endpoint | median ms | p95 ms | min ms | max ms | response bytes | p95 within target |
        |---|---|---:|---:|---:|---:|---:|---|
        {string.Join("\n", rows)}

        Run it: `PP_BENCH_POSTGRES="Host=127.0.0.1;Port=57432;Username=postgres" dotnet run -c Release --project bench/ParentPartner.Bench.Hub`
        (it creates and drops its own database).
        """;
    var results = Path.Combine(FindRoot(), "bench", "results", "hub-queries.md");
    Directory.CreateDirectory(Path.GetDirectoryName(results)!);
    await File.WriteAllTextAsync(results, report.Replace("\r\n", "\n") + "\n");
    Console.WriteLine($"written {results}");
    return allMet ? 0 : 1;
}
finally
{
    NpgsqlConnection.ClearAllPools();
    if (Environment.GetEnvironmentVariable("PP_BENCH_KEEP") == "1")
    {
        Console.WriteLine($"kept database {database} (PP_BENCH_KEEP=1)");
    }
    else
    {
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

static int JurisdictionCount() => AnnualReportSubmitted.KnownStateCodes.Count;

static string FindRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "ParentPartner.sln")))
        {
            return folder.FullName;
        }
    }
    return Directory.GetCurrentDirectory();
}
