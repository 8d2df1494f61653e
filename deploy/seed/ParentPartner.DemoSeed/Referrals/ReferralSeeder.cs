using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using ParentPartner.DemoSeed.Api;
using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.Referrals;

/// <summary>
/// Takes in a program's demo referrals and screens them as its coordinator would. Each run lists the
/// program's referrals first: a family already there (same name and county) is not submitted again, and
/// screening only takes the steps its referral has not taken yet, so a second run changes nothing.
/// </summary>
public sealed class ReferralSeeder(GatewayClient coordinator, DemoProgram program, int concurrency)
{
    public async Task<ReferralSeedResult> SeedAsync()
    {
        var demo = Invent(program, Today());
        var listed = await coordinator.ListAsync<ListedReferral>($"api/referrals?programId={program.ProgramId}", "pageSize");
        var unclaimed = listed.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => new Queue<ListedReferral>(g));
        var tracked = new ConcurrentBag<(DemoReferral Demo, Guid Id, ReferralStatus Status)>();
        var missing = new List<DemoReferral>();
        foreach (var referral in demo)
        {
            if (unclaimed.TryGetValue(referral.Key, out var same) && same.TryDequeue(out var existing))
            {
                tracked.Add((referral, existing.Id, existing.Status));
            }
            else
            {
                missing.Add(referral);
            }
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency };
        await Parallel.ForEachAsync(missing, parallel, async (referral, _) =>
        {
            var created = await coordinator.PostAsync<CreatedResource>("api/referrals", referral.Body, $"{program.ProgramId}-referral-{referral.Index}");
            tracked.Add((referral, created!.Id, ReferralStatus.Received));
        });

        var changes = 0;
        var incomplete = 0;
        var outcome = new ConcurrentDictionary<ReferralStatus, int>();
        await Parallel.ForEachAsync(tracked, parallel, async (referral, _) =>
        {
            var status = referral.Status;
            foreach (var step in referral.Demo.Screening.RemainingFrom(status))
            {
                var change = new StatusChangeRequest(
                    step,
                    step == ReferralStatus.Withdrawn ? referral.Demo.Screening.Reason : null,
                    step == ReferralStatus.InformationOnly ? referral.Demo.Screening.InformationGiven : null);
                // 422: a referral taken in by an older seeder lacks the matching profile; 409: someone moved it meanwhile.
                var changed = await coordinator.PostAsync<JsonElement?>(
                    $"api/referrals/{referral.Id}/status-changes", change, $"{referral.Id}-{step}",
                    HttpStatusCode.UnprocessableEntity, HttpStatusCode.Conflict);
                if (changed is null)
                {
                    Interlocked.Increment(ref incomplete);
                    break;
                }
                Interlocked.Increment(ref changes);
                status = step;
            }
            outcome.AddOrUpdate(status, 1, (_, n) => n + 1);
        });

        var bySource = missing.GroupBy(r => r.Body.Source).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        var statuses = outcome.OrderByDescending(s => s.Value).Select(s => $"{s.Value} {JsonNamingPolicy.KebabCaseLower.ConvertName(s.Key.ToString())}");
        var summary = $"referrals: {missing.Count} submitted" + (missing.Count > 0 ? $" ({string.Join(", ", bySource)})" : "")
            + $", {demo.Count - missing.Count} already there; {changes} status changes → {string.Join(", ", statuses)}"
            + (incomplete > 0 ? $"; {incomplete} left as they were (incomplete intake or changed by hand)" : "");
        return new ReferralSeedResult(missing.Count, changes, summary);
    }

    /// <summary>The program's demo referrals, in order.</summary>
    public static IReadOnlyList<DemoReferral> Invent(DemoProgram program, DateTimeOffset today)
    {
        var faker = new ReferralFaker(program);
        return [.. Enumerable.Range(0, program.Referrals).Select(_ => faker.Next(today))];
    }

    public static DateTimeOffset Today() => new(DateTime.UtcNow.Date, TimeSpan.Zero);
}
