using ParentPartner.Matching.Engine.Assignment;

namespace ParentPartner.Matching.Engine.Tests;

/// <summary>
/// Re-optimising a flow after arcs are appended must reach what the min-cost-flow solver reaches on the grown
/// model from scratch, on random models with many ties and full places.
/// </summary>
public class FlowRepairTests
{
    [Fact]
    public void Reoptimising_after_an_append_reaches_the_total_of_a_fresh_solve()
    {
        var rerouted = 0;
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var (arcs, later, capacity) = RandomModel(random);

            var chosen = FlowSolver.Solve(arcs, capacity);
            var prices = DualPrices.Compute(arcs, chosen, capacity, long.MaxValue)!;
            var reroute = new List<int>();
            for (var r = 0; r < later.Length; r++)
            {
                var beats = later[r].Any(a => a.Score > prices.Referral[r] + prices.Candidate[a.Candidate]);
                if (beats) reroute.Add(r);
                arcs.Append(r, later[r].Select(a => a.Candidate).ToArray(), later[r].Select(a => a.Score).ToArray());
            }

            rerouted += reroute.Count;
            var repaired = FlowRepair.Reoptimise(arcs, chosen, capacity, prices, reroute, long.MaxValue);
            var fresh = FlowSolver.Solve(arcs, capacity);

            Assert.NotNull(repaired);
            AssertFeasible(arcs, repaired, capacity);
            Assert.Equal(Total(arcs, fresh), Total(arcs, repaired));

            // Its own prices certify it (no negative cycle left in the residual graph).
            Assert.NotNull(DualPrices.Compute(arcs, repaired, capacity, long.MaxValue));
        }

        Assert.True(rerouted > 100, $"only {rerouted} referrals were rerouted");
    }

    [Fact]
    public void Past_its_work_budget_it_gives_up_rather_than_answer()
    {
        var random = new Random(7);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var (arcs, later, capacity) = RandomModel(random);
            var chosen = FlowSolver.Solve(arcs, capacity);
            var prices = DualPrices.Compute(arcs, chosen, capacity, long.MaxValue)!;
            var reroute = new List<int>();
            for (var r = 0; r < later.Length; r++)
            {
                if (later[r].Any(a => a.Score > prices.Referral[r] + prices.Candidate[a.Candidate])) reroute.Add(r);
                arcs.Append(r, later[r].Select(a => a.Candidate).ToArray(), later[r].Select(a => a.Score).ToArray());
            }

            if (reroute.Count == 0) continue;
            Assert.Null(FlowRepair.Reoptimise(arcs, chosen, capacity, prices, reroute, workBudget: 0));
            return;
        }

        Assert.Fail("no random model needed rerouting");
    }

    /// <summary>A model (the first arcs of each referral) and the arcs appended later; capacities 0–3, scores with ties.</summary>
    private static (ArcTable Arcs, (int Candidate, int Score)[][] Later, int[] Capacity) RandomModel(Random random)
    {
        var referrals = random.Next(1, 40);
        var candidates = random.Next(1, 12);
        var capacity = Enumerable.Range(0, candidates).Select(_ => random.Next(0, 4)).ToArray();
        var arcs = new ArcTable(referrals);
        var later = new (int Candidate, int Score)[referrals][];
        for (var r = 0; r < referrals; r++)
        {
            var row = Enumerable.Range(0, candidates)
                .Where(c => capacity[c] > 0 && random.Next(3) > 0)
                .OrderBy(_ => random.Next())
                .Select(c => (Candidate: c, Score: random.Next(0, 8) * 25))
                .ToArray();
            var kept = row.Length == 0 ? 0 : random.Next(0, row.Length + 1);
            var model = row[..kept];
            arcs.SetRow(r, model.Select(a => a.Candidate).ToArray(), model.Select(a => a.Score).ToArray(), bestLeftOut: -1, modelPrefix: kept);
            later[r] = row[kept..];
        }

        return (arcs, later, capacity);
    }

    private static void AssertFeasible(ArcTable arcs, int[] chosen, int[] capacity)
    {
        var load = new int[capacity.Length];
        for (var r = 0; r < chosen.Length; r++)
        {
            Assert.InRange(chosen[r], -1, arcs.Count(r) - 1);
            if (chosen[r] >= 0) load[arcs.Candidates[r][chosen[r]]]++;
        }

        for (var c = 0; c < capacity.Length; c++) Assert.True(load[c] <= capacity[c], $"candidate {c} over capacity");
    }

    private static long Total(ArcTable arcs, int[] chosen)
    {
        long total = 0;
        for (var r = 0; r < chosen.Length; r++)
        {
            if (chosen[r] >= 0) total += arcs.Scores[r][chosen[r]];
        }

        return total;
    }
}
