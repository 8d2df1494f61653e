using System.Diagnostics;
using System.Globalization;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Exports;
using ParentPartner.ServiceDefaults.Http;

// Targets (issue 12): build and total ≤ 2 s; export ≤ 1 s; both with peak memory recorded.
const int People = 2000;
const int ContactsEach = 40;
string[] kinds = ["court-hearing", "family-team-meeting", "one-to-one", "phone", "support-group", "other"];
var policy = new PayPolicy
{
    ProgramId = "bench", Version = 1, CourtHearingRate = 25m, FamilyTeamMeetingRate = 22.5m, OneToOneRate = 20m, PhoneRate = 15m,
    SupportGroupRate = 17m, OtherRate = 14m, TrainingRate = 16m, MatchStipendMonthly = 100m,
};
var month = new DateOnly(2026, 3, 1);
var random = new Random(12);
var contacts = Enumerable.Range(0, People).Select(_ => (Id: Guid.NewGuid(), Contacts: Enumerable.Range(0, ContactsEach)
    .Select(_ => (Kind: kinds[random.Next(kinds.Length)], Day: month.AddDays(random.Next(31)), Minutes: random.Next(10, 240), Miles: random.Next(0, 60) / 2m)).ToArray())).ToArray();

var results = new List<string>();
for (var run = 0; run < 5; run++)
{
    GC.Collect();
    var before = Process.GetCurrentProcess().PeakWorkingSet64;
    var build = Stopwatch.StartNew();
    var sheets = new List<(Guid Person, List<LineDraft> Lines, decimal Total)>(People);
    foreach (var (id, list) in contacts)
    {
        var lines = new List<LineDraft>(ContactsEach * 2 + 1);
        foreach (var c in list)
        {
            lines.AddRange(PayRules.Contact(policy, PayRules.KindOfContact(c.Kind), c.Day, c.Minutes, c.Miles));
        }
        lines.AddRange(PayRules.MatchStipend(policy, month, month.AddDays(30), month.AddDays(-10), null));
        sheets.Add((id, lines, Money.Total(lines.Select(l => l.Amount))));
    }
    var grand = sheets.Sum(s => s.Total);
    build.Stop();

    var export = Stopwatch.StartNew();
    var csv = Csv.Of(["support_parent_id", "earnings_code", "hours", "quantity", "amount"],
        sheets.SelectMany(s => s.Lines.GroupBy(l => l.Code).Select(g => new object?[] { s.Person, KebabEnum.Name(g.Key), Money.Hours(g.Sum(l => l.Minutes)), g.Sum(l => l.Quantity), g.Sum(l => l.Amount) })));
    export.Stop();
    var peak = Process.GetCurrentProcess().PeakWorkingSet64;
    results.Add(string.Create(CultureInfo.InvariantCulture,
        $"| {run + 1} | {sheets.Sum(s => s.Lines.Count):N0} | {build.Elapsed.TotalMilliseconds:F0} | {export.Elapsed.TotalMilliseconds:F0} | {csv.Length / 1024:N0} | {peak / 1048576.0:F0} | {grand:N2} |"));
    _ = before;
}

var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
var report = $"""
# Payroll: a monthly period for {People:N0} parent partners × {ContactsEach} contacts

Built and totalled with the pay rules (per-line rounding, then sums), then written as the payroll CSV (one row per
person and earnings code). In memory, one process; the database work (loading contacts, inserting lines) is not in
these figures. Targets: build ≤ 2,000 ms, export ≤ 1,000 ms. Run 1 includes JIT warm-up.
{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {load}.

| run | lines | build + total (ms) | export (ms) | CSV (KiB) | peak working set (MiB) | total (USD) |
|---|---|---|---|---|---|---|
{string.Join("\n", results)}
""";
Directory.CreateDirectory("bench/results");
File.WriteAllText("bench/results/payroll-period.md", report + "\n");
Console.WriteLine(report);
