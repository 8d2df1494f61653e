using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>
/// Greedy over every feasible pair in order (score desc, then referral, then candidate) without sorting all
/// pairs: each open referral waits in a priority queue under its best pair whose candidate had room when
/// looked at; a pair popped after its candidate filled moves the referral on. A referral that runs past its
/// kept best candidates rescans the candidates still open for its next batch (every candidate it passed is
/// full for good, so the order is the same as a full sort). Stops when no caseload place is left.
/// </summary>
internal static class GreedyAssigner
{
    /// <summary>Candidates taken per rescan: enough that a referral rarely rescans twice.</summary>
    public const int RescanBatch = 64;

    public static int[] Run(ScoringModel model, ArcTable arcs, int[] capacity, int[]?[] excluded, out int[] scores)
    {
        var referrals = arcs.Candidates.Length;
        var capacityLeft = (int[])capacity.Clone();
        var openPlaces = capacityLeft.Sum(c => (long)c);
        var listCandidates = new int[referrals][];
        var listScores = new int[referrals][];
        var listLength = new int[referrals];
        var next = new int[referrals];
        var assigned = new int[referrals];
        scores = new int[referrals];
        Array.Fill(assigned, -1);
        var queue = new PriorityQueue<int, long>(referrals);
        var scorer = new RowScorer(model);
        var blocked = new byte[model.CandidateCount];
        const int batch = RescanBatch;
        var top = new long[batch];

        // Candidates with room, in index order; compacted before a rescan when some filled, so late rescans
        // (when most support parents are full) only look at the few still open.
        var open = Enumerable.Range(0, capacityLeft.Length).Where(c => capacityLeft[c] > 0).ToArray();
        var openCount = open.Length;
        var filledSinceCompaction = false;

        for (var r = 0; r < referrals; r++)
        {
            listCandidates[r] = arcs.RankedCandidates[r];
            listScores[r] = arcs.RankedScores[r];
            listLength[r] = listCandidates[r].Length;
            Advance(r);
        }

        while (openPlaces > 0 && queue.TryDequeue(out var r, out var key))
        {
            var c = (int)(key & 0xFFFFFF);
            if (capacityLeft[c] > 0)
            {
                capacityLeft[c]--;
                openPlaces--;
                filledSinceCompaction |= capacityLeft[c] == 0;
                assigned[r] = c;
                scores[r] = TopSink.MaxScore - (int)(key >> 48);
                continue;
            }

            next[r]++;
            Advance(r);
        }

        return assigned;

        void Advance(int r)
        {
            while (true)
            {
                var row = listCandidates[r];
                for (; next[r] < listLength[r]; next[r]++)
                {
                    var c = row[next[r]];
                    if (capacityLeft[c] > 0)
                    {
                        queue.Enqueue(r, Key(listScores[r][next[r]], r, c));
                        return;
                    }
                }

                // The ranked list is exhausted: rescan only if something was ever left out of it.
                if (arcs.BestOutsideRanked[r] < 0) return;
                var mine = excluded[r];
                foreach (var x in mine ?? []) blocked[x] = 1;
                scorer.Prepare(r);
                var sink = new OpenCandidatesSink(capacityLeft, new TopSink(top, batch, false));
                if (filledSinceCompaction)
                {
                    var kept = 0;
                    for (var i = 0; i < openCount; i++)
                    {
                        if (capacityLeft[open[i]] > 0) open[kept++] = open[i];
                    }

                    openCount = kept;
                    filledSinceCompaction = false;
                }

                scorer.ScoreList(open.AsSpan(0, openCount), blocked, ref sink);
                foreach (var x in mine ?? []) blocked[x] = 0;
                if (sink.Best.Count == 0) return;
                sink.Best.Drain(out listCandidates[r], out listScores[r]);
                listLength[r] = listCandidates[r].Length;
                next[r] = 0;
            }
        }
    }

    private static long Key(int score, int referral, int candidate) =>
        ((long)(TopSink.MaxScore - score) << 48) | ((long)referral << 24) | (uint)candidate;
}
