using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>
/// Keeps the best <c>limit</c> (score descending, then lower index) of what it is offered in a min-heap
/// whose root is the worst kept one, and remembers the best score it had to leave out.
/// With a limit at least the number of candidates it keeps everything without heap work.
/// </summary>
internal struct TopSink : IRowSink
{
    private readonly int[] scores;
    private readonly int[] candidates;
    private readonly int limit;
    private readonly bool keepAll;

    // The worst kept score once full (int.MinValue before): most offers fail this single comparison.
    private int admit;

    public TopSink(int[] scoreBuffer, int[] candidateBuffer, int limit, bool keepAll)
    {
        scores = scoreBuffer;
        candidates = candidateBuffer;
        this.limit = limit;
        this.keepAll = keepAll;
        Count = 0;
        Feasible = 0;
        BestLeftOut = -1;
        admit = keepAll || limit > 0 ? int.MinValue : int.MaxValue;
    }

    public int Count { get; private set; }
    public long Feasible { get; private set; }

    /// <summary>Highest score among candidates offered but not kept; -1 when none was left out.</summary>
    public int BestLeftOut { get; private set; }

    public void Add(int candidate, int scoreHundredths)
    {
        Feasible++;
        if (scoreHundredths < admit)
        {
            if (scoreHundredths > BestLeftOut) BestLeftOut = scoreHundredths;
            return;
        }

        if (keepAll || Count < limit)
        {
            var i = Count++;
            scores[i] = scoreHundredths;
            candidates[i] = candidate;
            if (!keepAll)
            {
                SiftUp(i);
                if (Count == limit) admit = scores[0];
            }

            return;
        }

        // Candidates may arrive in any order (the dual check walks them by price), so ties compare indices.
        if (scoreHundredths > scores[0] || (scoreHundredths == scores[0] && candidate < candidates[0]))
        {
            BestLeftOut = Math.Max(BestLeftOut, scores[0]);
            scores[0] = scoreHundredths;
            candidates[0] = candidate;
            SiftDown(0);
            admit = scores[0];
        }
        else
        {
            BestLeftOut = Math.Max(BestLeftOut, scoreHundredths);
        }
    }

    /// <summary>Copies the kept candidates out, best first.</summary>
    public readonly void Drain(long[] keyBuffer, out int[] candidateOut, out int[] scoreOut)
    {
        var keys = keyBuffer.AsSpan(0, Count);
        for (var i = 0; i < Count; i++) keys[i] = SortKey(scores[i], candidates[i]);
        keys.Sort();
        candidateOut = new int[Count];
        scoreOut = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            candidateOut[i] = (int)(keys[i] & 0xFFFFFFFF);
            scoreOut[i] = -(int)(keys[i] >> 32);
        }
    }

    public const int MaxScore = 10_000;

    private static long SortKey(int score, int candidate) => ((long)-score << 32) | (uint)candidate;

    // "Worse" = lower score, or the same score and a later candidate.
    private readonly bool Worse(int a, int b) =>
        scores[a] < scores[b] || (scores[a] == scores[b] && candidates[a] > candidates[b]);

    private readonly void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Worse(i, parent)) return;
            Swap(i, parent);
            i = parent;
        }
    }

    private readonly void SiftDown(int i)
    {
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= Count) return;
            var worst = left;
            var right = left + 1;
            if (right < Count && Worse(right, left)) worst = right;
            if (!Worse(worst, i)) return;
            Swap(i, worst);
            i = worst;
        }
    }

    private readonly void Swap(int a, int b)
    {
        (scores[a], scores[b]) = (scores[b], scores[a]);
        (candidates[a], candidates[b]) = (candidates[b], candidates[a]);
    }
}
