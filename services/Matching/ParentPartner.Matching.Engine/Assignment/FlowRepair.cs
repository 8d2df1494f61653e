namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>
/// Re-optimises a flow that was optimal before arcs were appended, instead of solving the grown model from
/// scratch. Each referral with an appended arc that beats its prices is taken out of the flow (its price raised
/// so every arc it has is priced fairly again), then routed back along a shortest path in the residual graph
/// (Dijkstra on reduced costs: successive shortest paths), ending at the support parent or "unmatched" slot it
/// left, or wherever else the freed place is worth most. Every residual arc keeps a non-negative reduced cost, so
/// the result is optimal for the grown model; the dual check that follows proves it independently anyway.
/// Gives up (returns null) past a work budget, and the caller solves from scratch.
/// </summary>
/// <remarks>
/// Nodes: referrals 0..R-1, candidates R..R+C-1, the sink R+C. Residual arcs: referral → candidate (an arc of the
/// model not in use, cost −score); candidate → its referral (undo a pair, +score); referral → sink (become
/// unmatched, 0) unless unmatched; candidate → sink (0) while it has a free place; sink → candidate (0) while it
/// has flow; sink → unmatched referral (0). Reduced cost of a → b: cost + potential[a] − potential[b] ≥ 0.
/// </remarks>
internal sealed class FlowRepair
{
    private const int Unmatched = -1;
    private const int Unrouted = -2;

    // How a node was reached (predecessorArc): k ≥ 0 means over the predecessor referral's k-th arc.
    private const int ViaReferralToSink = -1;
    private const int ViaUndo = -2;
    private const int ViaPlaceToSink = -3;
    private const int ViaSinkToPlace = -4;
    private const int ViaSinkToUnmatched = -5;

    private readonly int[][] rowCandidates;
    private readonly int[][] rowScores;
    private readonly int[] capacity;
    private readonly int referrals;
    private readonly int candidates;
    private readonly int sink;
    private readonly long[] potential;

    // The flow: per referral an index into its arcs (or Unmatched / Unrouted); per candidate its flow to the sink
    // and its referrals (members, in a slice of one array with a spare slot: on a path through a place the arriving
    // referral joins before the one moving on leaves); the unmatched referrals. position: a referral's index in
    // whichever list holds it.
    private readonly int[] x;
    private readonly int[] outflow;
    private readonly int[] memberStart;
    private readonly int[] memberCount;
    private readonly int[] members;
    private readonly int[] position;
    private readonly int[] unmatched;
    private int unmatchedCount;
    private int sinkDeficit;

    // One search's state, reset by stamping instead of clearing.
    private readonly long[] distance;
    private readonly int[] reached;
    private readonly int[] settledStamp;
    private readonly int[] predecessor;
    private readonly int[] predecessorArc;
    private readonly int[] heap;
    private readonly int[] heapIndex;
    private readonly List<int> settled = [];
    private readonly List<int> path = [];
    private int heapSize;
    private int stamp;
    private long work;

    private FlowRepair(ArcTable arcs, int[] chosen, int[] capacity, DualPrices prices)
    {
        rowCandidates = arcs.Candidates;
        rowScores = arcs.Scores;
        this.capacity = capacity;
        referrals = chosen.Length;
        candidates = capacity.Length;
        sink = referrals + candidates;
        var nodes = sink + 1;

        potential = new long[nodes];
        for (var r = 0; r < referrals; r++) potential[r] = prices.Referral[r];
        for (var c = 0; c < candidates; c++) potential[referrals + c] = -prices.Candidate[c];

        x = (int[])chosen.Clone();
        outflow = new int[candidates];
        memberStart = new int[candidates + 1];
        for (var c = 0; c < candidates; c++) memberStart[c + 1] = memberStart[c] + capacity[c] + 1;
        memberCount = new int[candidates];
        members = new int[memberStart[candidates]];
        position = new int[referrals];
        unmatched = new int[referrals];
        for (var r = 0; r < referrals; r++)
        {
            if (x[r] < 0)
            {
                AddUnmatched(r);
                continue;
            }

            var c = rowCandidates[r][x[r]];
            outflow[c]++;
            Join(r, c);
        }

        distance = new long[nodes];
        reached = new int[nodes];
        settledStamp = new int[nodes];
        predecessor = new int[nodes];
        predecessorArc = new int[nodes];
        heap = new int[nodes];
        heapIndex = new int[nodes];
    }

    /// <param name="arcs">The model, with the appended arcs.</param>
    /// <param name="chosen">Optimal for the model before the append: per referral, an index into its arcs, or -1.</param>
    /// <param name="capacity">Caseload places per candidate.</param>
    /// <param name="prices">Dual prices of <paramref name="chosen"/> (fair on every arc before the append).</param>
    /// <param name="reroute">Referrals whose appended arcs beat their prices.</param>
    /// <param name="workBudget">Arc relaxations allowed before giving up.</param>
    /// <returns>The new optimal flow in the same form as <paramref name="chosen"/>, or null past the budget.</returns>
    public static int[]? Reoptimise(ArcTable arcs, int[] chosen, int[] capacity, DualPrices prices, IReadOnlyList<int> reroute, long workBudget)
    {
        var repair = new FlowRepair(arcs, chosen, capacity, prices);

        // All out first, then back one by one: each search then ends at the nearest place left short, and no
        // arc a referral gained in the append is ever seen with a negative reduced cost.
        foreach (var r in reroute) repair.TakeOut(r);
        foreach (var source in reroute)
        {
            if (!repair.Route(source, workBudget)) return null;
        }

        return repair.x;
    }

    /// <summary>
    /// Takes the referral out of the flow, leaving its place's flow to the sink as it was: the place (or the sink,
    /// if it was unmatched) is short of one unit until a path ends there, so no priced place is left empty. Its price
    /// is raised until every arc it has is fair again (nothing enters an unrouted referral).
    /// </summary>
    private void TakeOut(int r)
    {
        if (x[r] >= 0)
        {
            Leave(r, rowCandidates[r][x[r]]);
        }
        else
        {
            RemoveUnmatched(r);
            sinkDeficit++;
        }

        x[r] = Unrouted;
        var row = rowCandidates[r];
        var scores = rowScores[r];
        var price = potential[sink];
        for (var k = 0; k < row.Length; k++) price = Math.Max(price, scores[k] + potential[referrals + row[k]]);
        potential[r] = price;
    }

    /// <summary>One shortest path from the referral to the nearest node short of flow, then augment along it.</summary>
    private bool Route(int source, long workBudget)
    {
        stamp++;
        settled.Clear();
        heapSize = 0;
        Reach(source, -1, 0, 0);
        var terminal = -1;
        while (heapSize > 0)
        {
            var u = Pop();
            settledStamp[u] = stamp;
            settled.Add(u);
            if (IsShort(u))
            {
                terminal = u;
                break;
            }

            work += Relax(u);
            if (work > workBudget) return false;
        }

        if (terminal < 0) throw new InvalidOperationException("No residual path for a rerouted referral: the flow was not balanced.");

        // Settled nodes move by their distance short of the terminal's, which keeps every reduced cost non-negative
        // and makes the path's arcs (and their reverses) exactly fair.
        var reach = distance[terminal];
        foreach (var v in settled) potential[v] += distance[v] - reach;
        Augment(terminal);
        return true;
    }

    private bool IsShort(int node) =>
        node == sink ? sinkDeficit > 0
        : node >= referrals && outflow[node - referrals] > memberCount[node - referrals];

    private int Relax(int u)
    {
        var du = distance[u];
        var pu = potential[u];
        if (u < referrals)
        {
            var row = rowCandidates[u];
            var scores = rowScores[u];
            var current = x[u];
            for (var k = 0; k < row.Length; k++)
            {
                var v = referrals + row[k];
                if (k == current || settledStamp[v] == stamp) continue;
                Reach(v, u, k, du - scores[k] + pu - potential[v]);
            }

            if (current != Unmatched && settledStamp[sink] != stamp) Reach(sink, u, ViaReferralToSink, du + pu - potential[sink]);
            return row.Length + 1;
        }

        if (u < sink)
        {
            var c = u - referrals;
            var start = memberStart[c];
            var end = start + memberCount[c];
            for (var i = start; i < end; i++)
            {
                var r = members[i];
                if (settledStamp[r] == stamp) continue;
                Reach(r, u, ViaUndo, du + rowScores[r][x[r]] + pu - potential[r]);
            }

            if (outflow[c] < capacity[c] && settledStamp[sink] != stamp) Reach(sink, u, ViaPlaceToSink, du + pu - potential[sink]);
            return end - start + 1;
        }

        // The sink: back into any place sending it flow, or to any unmatched referral.
        for (var c = 0; c < candidates; c++)
        {
            var v = referrals + c;
            if (outflow[c] > 0 && settledStamp[v] != stamp) Reach(v, u, ViaSinkToPlace, du + pu - potential[v]);
        }

        for (var i = 0; i < unmatchedCount; i++)
        {
            var r = unmatched[i];
            if (settledStamp[r] != stamp) Reach(r, u, ViaSinkToUnmatched, du + pu - potential[r]);
        }

        return candidates + unmatchedCount;
    }

    private void Reach(int node, int from, int arc, long d)
    {
        if (reached[node] == stamp)
        {
            if (d >= distance[node]) return;
            distance[node] = d;
            SiftUp(heapIndex[node]);
        }
        else
        {
            reached[node] = stamp;
            distance[node] = d;
            heap[heapSize] = node;
            heapIndex[node] = heapSize;
            SiftUp(heapSize++);
        }

        predecessor[node] = from;
        predecessorArc[node] = arc;
    }

    private void Augment(int terminal)
    {
        if (terminal == sink) sinkDeficit--;
        path.Clear();
        for (var v = terminal; predecessor[v] >= 0; v = predecessor[v]) path.Add(v);

        // Forward from the source, so a referral leaves its old place before it takes the next.
        for (var i = path.Count - 1; i >= 0; i--)
        {
            var node = path[i];
            var from = predecessor[node];
            switch (predecessorArc[node])
            {
                case >= 0 and var k:
                    x[from] = k;
                    Join(from, node - referrals);
                    break;
                case ViaReferralToSink:
                    x[from] = Unmatched;
                    AddUnmatched(from);
                    break;
                case ViaUndo:
                    Leave(node, from - referrals);
                    break;
                case ViaPlaceToSink:
                    outflow[from - referrals]++;
                    break;
                case ViaSinkToPlace:
                    outflow[node - referrals]--;
                    break;
                case ViaSinkToUnmatched:
                    RemoveUnmatched(node);
                    break;
            }
        }
    }

    private void Join(int r, int c)
    {
        position[r] = memberCount[c];
        members[memberStart[c] + memberCount[c]++] = r;
    }

    private void Leave(int r, int c)
    {
        var last = members[memberStart[c] + --memberCount[c]];
        members[memberStart[c] + position[r]] = last;
        position[last] = position[r];
    }

    private void AddUnmatched(int r)
    {
        position[r] = unmatchedCount;
        unmatched[unmatchedCount++] = r;
    }

    private void RemoveUnmatched(int r)
    {
        var last = unmatched[--unmatchedCount];
        unmatched[position[r]] = last;
        position[last] = position[r];
    }

    private int Pop()
    {
        var top = heap[0];
        var last = heap[--heapSize];
        if (heapSize > 0)
        {
            heap[0] = last;
            heapIndex[last] = 0;
            SiftDown(0);
        }

        return top;
    }

    private void SiftUp(int i)
    {
        var node = heap[i];
        var d = distance[node];
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            var above = heap[parent];
            if (distance[above] <= d) break;
            heap[i] = above;
            heapIndex[above] = i;
            i = parent;
        }

        heap[i] = node;
        heapIndex[node] = i;
    }

    private void SiftDown(int i)
    {
        var node = heap[i];
        var d = distance[node];
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= heapSize) break;
            if (child + 1 < heapSize && distance[heap[child + 1]] < distance[heap[child]]) child++;
            var below = heap[child];
            if (distance[below] >= d) break;
            heap[i] = below;
            heapIndex[below] = i;
            i = child;
        }

        heap[i] = node;
        heapIndex[node] = i;
    }
}
