using Google.OrTools.Graph;

namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>
/// The min-cost-flow model: source → referral (capacity 1) → candidate (capacity 1, cost −score) → sink
/// (capacity = remaining caseload), and referral → sink (capacity 1, cost 0) for "unmatched", so the flow
/// is always feasible and a referral stays unmatched rather than break a constraint. Minimum cost is the
/// maximum total score.
/// </summary>
internal static class FlowSolver
{
    public static int[] Solve(ArcTable arcs, int[] capacity)
    {
        var referrals = arcs.Candidates.Length;
        var candidates = capacity.Length;
        const int source = 0;
        const int sink = 1;
        var pairArcs = arcs.TotalArcs;

        using var flow = new MinCostFlow(2 + referrals + candidates, (2 * referrals) + pairArcs + candidates);
        var firstPairArc = new int[referrals];
        for (var r = 0; r < referrals; r++)
        {
            var node = 2 + r;
            flow.AddArcWithCapacityAndUnitCost(source, node, 1, 0);
            flow.AddArcWithCapacityAndUnitCost(node, sink, 1, 0);
            var row = arcs.Candidates[r];
            var scores = arcs.Scores[r];
            firstPairArc[r] = flow.NumArcs();
            for (var k = 0; k < row.Length; k++)
            {
                flow.AddArcWithCapacityAndUnitCost(node, 2 + referrals + row[k], 1, -scores[k]);
            }
        }

        for (var c = 0; c < candidates; c++)
        {
            if (capacity[c] > 0) flow.AddArcWithCapacityAndUnitCost(2 + referrals + c, sink, capacity[c], 0);
        }

        flow.SetNodeSupply(source, referrals);
        flow.SetNodeSupply(sink, -referrals);
        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost-flow solver returned {status}.");
        }

        // The assignment is read back as an index into each referral's arcs (-1: unmatched).
        var chosen = new int[referrals];
        for (var r = 0; r < referrals; r++)
        {
            chosen[r] = -1;
            var count = arcs.Count(r);
            for (var k = 0; k < count; k++)
            {
                if (flow.Flow(firstPairArc[r] + k) > 0)
                {
                    chosen[r] = k;
                    break;
                }
            }
        }

        return chosen;
    }
}
