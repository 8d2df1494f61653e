using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Testing;

namespace ParentPartner.Bench.Scheduling;

/// <summary>What the sweep was given: matches, plan items by state, and how many of the open ones were due and not yet flagged.</summary>
internal sealed record SweepShape(int Matches, int ChildWelfareMatches, int Items, int Open, int OpenOverdue, int Met);

/// <summary>
/// Writes matches and their follow-up plans straight into the scheduling database, as MatchMade (FollowUpPlan.For,
/// the program's default settings) and earlier sweeps and contacts would have left them.
/// </summary>
internal static class PlanSeeder
{
    private static readonly string[] P2pPrograms = ["bench-p2p-iowa", "bench-p2p-ohio", "bench-p2p-utah"];

    private static readonly string[] ChildWelfarePrograms = ["bench-cw-iowa", "bench-cw-ohio"];

    /// <summary>Matches of one support parent (half P2P, half child welfare) made <paramref name="madeDaysAgo"/> days ago, each with its plan.</summary>
    public static async Task<IReadOnlyList<Guid>> MatchesForAsync(ServiceHost<SchedulingDbContext> scheduling, string programId, string subject, int count, int madeDaysAgo, DateTimeOffset now)
    {
        var settings = FollowUpSettings.Default(programId);
        var matches = new List<ScheduledMatch>();
        var items = new List<PlanItem>();
        for (var i = 0; i < count; i++)
        {
            var match = Match(programId, i % 2 == 0 ? MatchProgramKind.P2p : MatchProgramKind.ChildWelfare, subject, now - TimeSpan.FromDays(madeDaysAgo));
            matches.Add(match);
            items.AddRange(FollowUpPlan.For(match, settings));
        }
        await SaveAsync(scheduling, matches, items);
        return [.. matches.Select(m => m.MatchId)];
    }

    /// <summary>
    /// Matches made uniformly over the last 120 days in three P2P and two child-welfare programs (60 % P2P), each with
    /// its whole plan, the monthly-hours items of every month up to now included (what earlier sweeps opened). Matches
    /// are added until <paramref name="open"/> × 9/10 of their items are still ahead; of the items already due,
    /// <paramref name="open"/> minus those are left open and not yet flagged (the sweep's backlog, about a tenth of
    /// the open items), the rest are met. So exactly <paramref name="open"/> items are open.
    /// </summary>
    public static async Task<SweepShape> SweepDataAsync(ServiceHost<SchedulingDbContext> scheduling, int open, DateTimeOffset now, int seed)
    {
        var random = new Random(seed);
        var matches = new List<ScheduledMatch>();
        var ahead = new List<PlanItem>();
        var due = new List<PlanItem>();
        var aheadTarget = open * 9 / 10;
        while (ahead.Count < aheadTarget)
        {
            var childWelfare = random.Next(10) < 4;
            var programs = childWelfare ? ChildWelfarePrograms : P2pPrograms;
            var programId = programs[random.Next(programs.Length)];
            var match = Match(programId, childWelfare ? MatchProgramKind.ChildWelfare : MatchProgramKind.P2p, Guid.NewGuid().ToString(),
                now - TimeSpan.FromMinutes(random.Next(120 * 24 * 60)));
            matches.Add(match);
            var settings = FollowUpSettings.Default(programId);
            var plan = FollowUpPlan.For(match, settings).ToList();
            if (childWelfare)
            {
                for (var month = 1; month <= FollowUpPlan.MonthOf(match, settings, now); month++)
                {
                    plan.Add(FollowUpPlan.MonthlyHours(match, settings, month));
                }
            }
            foreach (var item in plan)
            {
                (item.DueAt > now ? ahead : due).Add(item);
            }
        }

        var backlog = open - ahead.Count;
        if (backlog > due.Count)
        {
            throw new InvalidOperationException($"only {due.Count} items are due, {backlog} wanted overdue");
        }
        // A random pick of the due items stays open; the others were met (counted ones by contacts, the rest by hand).
        var shuffled = due.OrderBy(_ => random.Next()).ToList();
        foreach (var item in shuffled.Skip(backlog))
        {
            item.Status = PlanItemStatus.Met;
            item.MetAt = item.WindowStartsAt + ((item.DueAt - item.WindowStartsAt) * random.NextDouble());
            item.Progress = item.Target;
            item.CompletedBy = item.IsCounted ? null : TestUsers.CoordinatorA.Subject;
        }

        await SaveAsync(scheduling, matches, [.. ahead, .. due]);
        return new SweepShape(matches.Count, matches.Count(m => m.ProgramKind == MatchProgramKind.ChildWelfare), ahead.Count + due.Count, ahead.Count + backlog, backlog, due.Count - backlog);
    }

    private static ScheduledMatch Match(string programId, MatchProgramKind kind, string subject, DateTimeOffset madeAt) => new()
    {
        MatchId = Guid.NewGuid(),
        ProgramId = programId,
        ReferralId = Guid.NewGuid(),
        SupportParentId = Guid.NewGuid(),
        SupportParentSubject = subject,
        ProgramKind = kind,
        MadeAt = madeAt,
    };

    /// <summary>In chunks, each its own SaveChanges with change detection off (EF batches the INSERTs), then ANALYZE, as autovacuum would have by then.</summary>
    private static async Task SaveAsync(ServiceHost<SchedulingDbContext> scheduling, IReadOnlyList<ScheduledMatch> matches, IReadOnlyList<PlanItem> items)
    {
        await using var scope = scheduling.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in matches.Chunk(5_000))
        {
            db.Matches.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        foreach (var chunk in items.Chunk(5_000))
        {
            db.PlanItems.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        await db.Database.ExecuteSqlRawAsync("ANALYZE matches; ANALYZE plan_items; ANALYZE appointments;");
    }
}
