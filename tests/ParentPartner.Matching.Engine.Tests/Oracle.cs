using ParentPartner.Matching.Engine.Profiles;

namespace ParentPartner.Matching.Engine.Tests;

/// <summary>
/// Independent references built only on the public single-pair API (CheckEligibility and Explain), never on
/// the batch's compiled scoring: an exhaustive search for the best total, and a plain sort-everything greedy.
/// </summary>
internal sealed class Oracle
{
    private readonly int[,] score;
    private readonly int[] capacity;
    private readonly int referrals;
    private readonly int parents;

    public Oracle(MatchingEngine engine, RandomInstance instance)
    {
        referrals = instance.Queue.Length;
        parents = instance.Pool.Length;
        score = new int[referrals, parents];
        capacity = instance.Pool.Select(p => p.RemainingCapacity).ToArray();
        for (var r = 0; r < referrals; r++)
        {
            for (var p = 0; p < parents; p++)
            {
                var eligible = engine.CheckEligibility(instance.Queue[r], instance.Pool[p], instance.Exclusions).Count == 0;
                score[r, p] = eligible ? engine.Explain(instance.Queue[r], instance.Pool[p]).ScoreHundredths : -1;
            }
        }
    }

    public int Score(int r, int p) => score[r, p];

    /// <summary>The best total over every assignment that respects eligibility and capacity (branch and bound).</summary>
    public long BestTotal()
    {
        var bestPerReferral = new int[referrals + 1];
        for (var r = referrals - 1; r >= 0; r--)
        {
            var best = 0;
            for (var p = 0; p < parents; p++) best = Math.Max(best, score[r, p]);
            bestPerReferral[r] = bestPerReferral[r + 1] + best;
        }

        var left = (int[])capacity.Clone();
        long bestTotal = 0;
        Search(0, 0);
        return bestTotal;

        void Search(int r, long total)
        {
            if (total + bestPerReferral[r] <= bestTotal && r > 0) return;
            if (r == referrals)
            {
                bestTotal = Math.Max(bestTotal, total);
                return;
            }

            for (var p = 0; p < parents; p++)
            {
                if (score[r, p] < 0 || left[p] == 0) continue;
                left[p]--;
                Search(r + 1, total + score[r, p]);
                left[p]++;
            }

            Search(r + 1, total);
        }
    }
}
