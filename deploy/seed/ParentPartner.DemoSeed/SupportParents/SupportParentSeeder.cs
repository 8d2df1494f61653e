using System.Collections.Concurrent;
using System.Net;
using ParentPartner.DemoSeed.Api;
using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.SupportParents;

/// <summary>
/// Records the program's demo support-parent applications, as its staff would. Each run lists the
/// program's support parents first and applies only for those not there yet (same name and county).
/// One certified demo support parent is linked to the program's demo support-parent account, so that
/// account sees a profile, a transcript and sessions of its own.
/// </summary>
public sealed class SupportParentSeeder(GatewayClient staff, DemoProgram program, string accountSubject, int concurrency)
{
    public async Task<(IReadOnlyList<TrackedSupportParent> Parents, int Applied)> SeedAsync(IReadOnlyList<DemoSupportParent> demo)
    {
        var listed = await staff.ListAsync<ListedSupportParent>($"api/training/programs/{program.ProgramId}/support-parents", "limit");
        var unclaimed = listed.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => new Queue<ListedSupportParent>(g));
        var tracked = new ConcurrentBag<TrackedSupportParent>();
        var missing = new List<DemoSupportParent>();
        foreach (var parent in demo)
        {
            if (unclaimed.TryGetValue(parent.Key, out var same) && same.TryDequeue(out var existing))
            {
                tracked.Add(new TrackedSupportParent(parent, existing.Id, existing.Status, AppliedNow: false));
            }
            else
            {
                missing.Add(parent);
            }
        }

        var linked = Linked(demo);
        await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (parent, _) =>
        {
            var path = $"api/training/programs/{program.ProgramId}/support-parents";
            var scope = $"{program.ProgramId}-support-parent-{parent.Index}";
            // 409: the account already has a record here (someone linked it by hand): apply without linking.
            var created = parent == linked
                ? await staff.PostAsync<ListedSupportParent>(path, parent.Body with { UserSubject = accountSubject }, scope, HttpStatusCode.Conflict)
                : null;
            created ??= await staff.PostAsync<ListedSupportParent>(path, parent.Body, scope);
            tracked.Add(new TrackedSupportParent(parent, created!.Id, created.Status, AppliedNow: true));
        });
        return ([.. tracked.OrderBy(p => p.Demo.Index)], missing.Count);
    }

    /// <summary>The demo support parent the program's demo account is linked to: the first one trained to certification.</summary>
    public static DemoSupportParent? Linked(IReadOnlyList<DemoSupportParent> demo) => demo.FirstOrDefault(p => p.Path == TrainingPath.Certified);
}
