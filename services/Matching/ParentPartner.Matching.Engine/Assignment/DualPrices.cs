namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>
/// Dual prices of an optimal flow: shortest-path distances in the residual graph (from a virtual root),
/// giving each referral a price u ≥ 0 and each candidate a price v ≥ 0 with u + v ≥ score on every arc of
/// the model. A pruned pair with score ≤ u + v cannot improve the total; if that holds for every pruned pair,
/// the flow is optimal for the full problem (no negative cycle can use a pruned arc).
/// </summary>
internal sealed class DualPrices
{
    private DualPrices(long[] referral, long[] candidate)
    {
        Referral = referral;
        Candidate = candidate;
    }

    public long[] Referral { get; }
    public long[] Candidate { get; }

    /// <summary>
    /// Bellman-Ford with a FIFO queue over the residual graph. Zero-cost arcs referral → sink and sink → candidate
    /// are added for every node: they close no negative cycle, and they pin the prices to be non-negative.
    /// Returns null if the work budget runs out (then nothing is proven).
    /// </summary>
    public static DualPrices? Compute(ArcTable arcs, int[] chosen, int[] capacity, long workBudget)
    {
        var referrals = chosen.Length;
        var candidates = capacity.Length;
        var nodes = referrals + candidates + 1;
        var sink = referrals + candidates;

        var load = new int[candidates];
        for (var r = 0; r < referrals; r++)
        {
            if (chosen[r] >= 0) load[arcs.Candidates[r][chosen[r]]]++;
        }

        var degree = new int[nodes + 1];
        for (var r = 0; r < referrals; r++)
        {
            degree[r] += arcs.Count(r) + 1 - (chosen[r] >= 0 ? 1 : 0);
            if (chosen[r] >= 0) degree[referrals + arcs.Candidates[r][chosen[r]]]++;
            else degree[sink]++;
        }

        for (var c = 0; c < candidates; c++)
        {
            if (load[c] < capacity[c]) degree[referrals + c]++;
            degree[sink]++;
        }

        var start = new int[nodes + 1];
        for (var i = 0; i < nodes; i++) start[i + 1] = start[i] + degree[i];
        var head = new int[start[nodes]];
        var cost = new int[start[nodes]];
        var fill = (int[])start.Clone();

        void Edge(int from, int to, int w)
        {
            var at = fill[from]++;
            head[at] = to;
            cost[at] = w;
        }

        for (var r = 0; r < referrals; r++)
        {
            var row = arcs.Candidates[r];
            var scores = arcs.Scores[r];
            for (var k = 0; k < row.Length; k++)
            {
                if (k == chosen[r]) Edge(referrals + row[k], r, scores[k]);
                else Edge(r, referrals + row[k], -scores[k]);
            }

            Edge(r, sink, 0);
            if (chosen[r] < 0) Edge(sink, r, 0);
        }

        for (var c = 0; c < candidates; c++)
        {
            if (load[c] < capacity[c]) Edge(referrals + c, sink, 0);
            Edge(sink, referrals + c, 0);
        }

        var distance = new long[nodes];
        var queued = new bool[nodes];
        var queue = new int[nodes + 1];
        int first = 0, last = 0, size = 0;
        for (var i = 0; i < nodes; i++)
        {
            queue[last++] = i;
            queued[i] = true;
            size++;
        }

        if (last == queue.Length) last = 0;
        var work = 0L;
        while (size > 0)
        {
            var u = queue[first++];
            if (first == queue.Length) first = 0;
            size--;
            queued[u] = false;
            var du = distance[u];
            var end = start[u + 1];
            work += end - start[u];
            if (work > workBudget) return null;
            for (var e = start[u]; e < end; e++)
            {
                var v = head[e];
                var candidate = du + cost[e];
                if (candidate < distance[v])
                {
                    distance[v] = candidate;
                    if (!queued[v])
                    {
                        queued[v] = true;
                        queue[last++] = v;
                        if (last == queue.Length) last = 0;
                        size++;
                    }
                }
            }
        }

        var referralPrice = new long[referrals];
        var candidatePrice = new long[candidates];
        for (var r = 0; r < referrals; r++) referralPrice[r] = distance[r] - distance[sink];
        for (var c = 0; c < candidates; c++) candidatePrice[c] = distance[sink] - distance[referrals + c];
        return new DualPrices(referralPrice, candidatePrice);
    }
}
