using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace ParentPartner.Bench.Scheduling;

internal sealed record ReportInput(
    bool Quick, FeedShape FeedShape, Feed Feed, double[][] FeedTimes, FeedSplit FeedSplit, string FeedLoadStart, string FeedLoadEnd, int Warmup,
    int ContactMatches, int ContactsPerMatch, double[][] ContactTimes, string ContactLoadStart, string ContactLoadEnd,
    SweepShape Sweep, int OpenInDatabase, int DueInDatabase, IReadOnlyList<SweepRun> Sweeps, string LoadAtStart, string LoadAtEnd,
    double FeedTargetMs, double ContactTargetMs, double SweepTargetMs);

/// <summary>The results file: the three targets side by side, then each measurement in detail.</summary>
internal static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(ReportInput r)
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var first = r.Sweeps[0];
        var later = r.Sweeps.Skip(1).Select(s => s.Milliseconds).Order().ToArray();
        var s = new StringBuilder();
        s.AppendLine("# Scheduling benchmarks (issue 11)");
        s.AppendLine();
        s.AppendLine(Invariant, $"Machine: {Environment.ProcessorCount} cores{(cpu is null ? string.Empty : $" ({cpu})")}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Release{(r.Quick ? ", `--quick`" : string.Empty)}.");
        s.AppendLine(Invariant, $"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, all three in one run: one process hosts the dev issuer, the scheduling service and the gateway on their own Kestrel ports (the test toolbox's hosts), on the test PostgreSQL and RabbitMQ, with the in-process sweep timer off. Load average (1, 5, 15 min) at start {r.LoadAtStart}, at end {r.LoadAtEnd}; the machine is shared, so the tails grow with the load.");
        s.AppendLine();
        s.AppendLine("| target | measured | p50 | p95 | p99 | max | target | p95 (or time) ÷ target | met |");
        s.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---|");
        Row(s, "iCalendar feed, 1,000 appointments, client → gateway → scheduling", $"{r.FeedTimes[0].Length} reads", r.FeedTimes[0], r.FeedTargetMs);
        Row(s, "Log a contact, support-parent token, client → gateway → scheduling (Idempotency-Key)", $"{r.ContactTimes[0].Length} contacts", r.ContactTimes[0], r.ContactTargetMs);
        s.AppendLine(Invariant, $"| Plan sweep, {r.OpenInDatabase:N0} open items, first run ({first.Result.ItemsOverdue:N0} flagged overdue) | 1 run | | | | | {Ms(r.SweepTargetMs)} | {first.Milliseconds / r.SweepTargetMs:N2} | {Met(first.Milliseconds, r.SweepTargetMs)} |");
        if (later.Length > 0)
        {
            s.AppendLine(Invariant, $"| Plan sweep, later runs (nothing left to flag) | {later.Length} runs | {Ms(Median(later))} | | | {Ms(later[^1])} | {Ms(r.SweepTargetMs)} | {Median(later) / r.SweepTargetMs:N2} (median) | {Met(later[^1], r.SweepTargetMs)} |");
        }
        s.AppendLine();

        s.AppendLine("## 1. iCalendar feed through the gateway");
        s.AppendLine();
        var shape = r.FeedShape;
        s.AppendLine(Invariant, $"One support parent's appointments written into the scheduling database as the booking endpoints leave them: {shape.Singles} single appointments from 85 days back to 275 days ahead (one in ten in America/Denver, the rest America/Chicago; {shape.SingleCancelled} cancelled, past ones fulfilled) and {shape.Series} weekly support-group series of {shape.Occurrences / shape.Series} occurrences ({shape.Occurrences} in all, each with its AppointmentSeries row and OccurrenceLocal; {shape.OccurrencesCancelled} occurrences cancelled, {shape.OccurrencesChanged} changed \"this one\"; one series began 120 days ago, so {shape.OlderThanHistory} of its occurrences lie before the feed's 90 days and travel only with their series), {shape.Appointments:N0} in all; plus {shape.OthersAppointments:N0} other support parents' appointments in the same program. The feed made by `POST /api/scheduling/programs/{{p}}/calendar-feeds` (as that support parent, through the gateway), then read with no token, `GET /api/public/calendar-feeds/{{secret}}.ics`, through the gateway's anonymous route (anonymous rate limit raised by settings: `Gateway:RateLimiting:AnonymousTokenLimit` 100000, `AnonymousReplenishmentPeriod` 1 s) and straight from the service for comparison. Each response: {r.Feed.Events:N0} VEVENTs ({r.Feed.Masters} RRULE masters, {r.Feed.Overrides} RECURRENCE-ID overrides, {r.Feed.ExceptionDates} EXDATE lines, {r.Feed.Cancelled} STATUS:CANCELLED), {r.Feed.TimeZones} VTIMEZONEs, {r.Feed.Bytes:N0} bytes, checked against what was seeded. Warm-up {r.Warmup} reads per path, then one read at a time, the paths alternating (client-side Stopwatch, send to last byte).");
        s.AppendLine();
        Detail(s, [("client → gateway → scheduling", r.FeedTimes[0]), ("client → scheduling (no gateway, for comparison)", r.FeedTimes[1])], r.FeedLoadStart, r.FeedLoadEnd, r.FeedTargetMs);
        s.AppendLine();
        var split = r.FeedSplit;
        s.AppendLine(Invariant, $"Where the service's time goes ({split.Count} more reads in-process, after the timed ones): the endpoint's three queries, as it makes them on a fresh scope, p50 {Ms(split.QueryP50)}, p95 {Ms(split.QueryP95)}; `CalendarFeedWriter.Write` (Ical.Net builds the calendar and serializes it) p50 {Ms(split.WriteP50)}, p95 {Ms(split.WriteP95)}. The rest of a read is HTTP, the token lookup and, through the gateway, the proxy hop. Writing takes {split.WriteP50 / r.FeedTargetMs:N1}× the whole read's 20 ms budget at p50, so the service writes a feed once per change: it keeps the written feed per subscription with a fingerprint of its rows (count, latest update, SEQUENCE sums, the window's first day) read by cheap aggregate queries, and serves the timed reads after the first from it (an ETag sent back gets a 304). A read after a change pays the writer once.");
        s.AppendLine();

        s.AppendLine("## 2. Logging a contact through the gateway");
        s.AppendLine();
        s.AppendLine(Invariant, $"`POST /api/scheduling/programs/{{p}}/matches/{{matchId}}/contacts` with a real support-parent token, over {r.ContactMatches} of that support parent's matches made 40 days earlier (half P2P, half child welfare, each with its follow-up plan), in turn; each contact some time in those 40 days, 30 to 120 minutes, in person or by phone. Each request locks the match, saves the contact, its revision and its ContactLogged event (outbox), opens the monthly-hours items up to its month and recounts the plan from all the match's contacts, so the later contacts of a match recount more: by the end each match held about {r.ContactsPerMatch} contacts. Warm-up {r.Warmup} per path, then one at a time, the three paths taking turns.");
        s.AppendLine();
        Detail(s, [("client → gateway → scheduling, with Idempotency-Key (a retrying client)", r.ContactTimes[0]), ("client → gateway → scheduling, no Idempotency-Key", r.ContactTimes[1]), ("client → scheduling with Idempotency-Key (no gateway, for comparison)", r.ContactTimes[2])], r.ContactLoadStart, r.ContactLoadEnd, r.ContactTargetMs);
        s.AppendLine();

        s.AppendLine("## 3. Plan sweep");
        s.AppendLine();
        var w = r.Sweep;
        s.AppendLine(Invariant, $"{w.Matches:N0} matches ({w.ChildWelfareMatches:N0} child welfare in two programs, the rest P2P in three) made uniformly over the last 120 days, each with its whole plan as MatchMade gives it (FollowUpPlan.For, default settings) and the monthly-hours items of every month up to now (what earlier sweeps opened): {w.Items:N0} items, of which {w.Open:N0} open ({w.Open - w.OpenOverdue:N0} not yet due, {w.OpenOverdue:N0} past due and not yet flagged: the backlog of a sweep that has not run for a while) and {w.Met:N0} already met; inserted with EF in batches, then ANALYZE. With the contact benchmark's matches the database held {r.OpenInDatabase:N0} open items, {r.DueInDatabase:N0} due and unflagged, and {shape.Appointments + shape.OthersAppointments:N0} appointments. Each run: a fresh DI scope of the scheduling host, `PlanSweep.RunAsync(now)` timed from the call to its return (what the timer or the Dapr cron binding runs: open monthly-hours items, flag overdue items in batches of 1,000 with their events and reminders, appointments needing an outcome, appointment reminders, reminder delivery). The outbox is left to drain between runs, as it would in the 15 minutes between sweeps. Database round trips counted from EF's diagnostic events for the sweep's own DbContext.");
        s.AppendLine();
        s.AppendLine("| run | time | ÷ 2 s | months opened | items flagged overdue | appointments needing outcome | reminders queued | reminders sent | round trips | load avg at start |");
        s.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var run in r.Sweeps)
        {
            var x = run.Result;
            s.AppendLine(Invariant, $"| {run.Run} | {Ms(run.Milliseconds)} | {run.Milliseconds / r.SweepTargetMs:N2} | {x.MonthsOpened:N0} | {x.ItemsOverdue:N0} | {x.AppointmentsNeedingOutcome:N0} | {x.RemindersQueued:N0} | {x.RemindersSent:N0} | {run.Steps.Sum(t => t.Commands):N0} | {run.LoadAtStart} |");
        }
        s.AppendLine();
        if (r.Sweeps.Count > 1)
        {
            var quiet = r.Sweeps[1].Steps;
            var monthly = quiet.FirstOrDefault(t => t.Step.StartsWith("open monthly-hours", StringComparison.Ordinal));
            if (monthly is not null)
            {
                s.AppendLine(Invariant, $"With nothing to flag, a run still makes {quiet.Sum(t => t.Commands):N0} round trips; {monthly.Commands:N0} of them ({monthly.Milliseconds / Math.Max(1, quiet.Sum(t => t.Milliseconds)):P0} of the database time) are the monthly-hours INSERT … ON CONFLICT DO NOTHING, one per child-welfare match and month of the match, whether or not the month's item exists already ({w.ChildWelfareMatches:N0} child-welfare matches here), so this part grows with the number of matches times their age in months.");
                s.AppendLine();
            }
        }
        foreach (var run in r.Sweeps.Take(2))
        {
            s.AppendLine(Invariant, $"Where run {run.Run}'s database time went (command execution as EF reports it, reading the rows not included):");
            s.AppendLine();
            s.AppendLine("| step | round trips | database time |");
            s.AppendLine("|---|---:|---:|");
            foreach (var step in run.Steps)
            {
                s.AppendLine(Invariant, $"| {step.Step} | {step.Commands:N0} | {Ms(step.Milliseconds)} |");
            }
            s.AppendLine();
        }
        return s.ToString();
    }

    private static void Row(StringBuilder s, string name, string measured, double[] t, double target) =>
        s.AppendLine(Invariant, $"| {name} | {measured} | {Ms(P(t, 50))} | {Ms(P(t, 95))} | {Ms(P(t, 99))} | {Ms(t[^1])} | p95 ≤ {Ms(target)} | {P(t, 95) / target:N2} | {Met(P(t, 95), target)} |");

    private static void Detail(StringBuilder s, IEnumerable<(string Name, double[] Times)> paths, string loadStart, string loadEnd, double target)
    {
        s.AppendLine("| path | requests | p50 | p95 | p99 | max | mean | p95 ÷ target | load avg at start | load avg at end |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var (name, t) in paths)
        {
            s.AppendLine(Invariant, $"| {name} | {t.Length} | {Ms(P(t, 50))} | {Ms(P(t, 95))} | {Ms(P(t, 99))} | {Ms(t[^1])} | {Ms(t.Average())} | {P(t, 95) / target:N2} | {loadStart} | {loadEnd} |");
        }
    }

    private static double P(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static double Median(double[] sorted) => P(sorted, 50);

    private static string Met(double value, double target) => value <= target ? "yes" : "**no**";

    private static string Ms(double v) => v.ToString(v >= 100 ? "N0" : "N1", Invariant) + " ms";
}
