using System.Runtime.CompilerServices;
using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>
/// Keeps the best <c>limit</c> (score descending, then lower index) of what it is offered in a min-heap whose
/// root is the worst kept one, and remembers the best score it had to leave out. Each entry is one long (score in
/// the high half, the complement of the index in the low half), so "better" is a single comparison.
/// With a limit at least the number of candidates it keeps everything without heap work.
/// </summary>
internal struct TopSink : IRowSink
{
    public const int MaxScore = 10_000;

    private readonly long[] heap;
    private readonly int limit;
    private readonly bool keepAll;

    // The worst kept score once full (int.MinValue before): most offers fail this single comparison.
    private int admit;

    /// <param name="buffer">At least <paramref name="limit"/> long (or every candidate, with <paramref name="keepAll"/>).</param>
    public TopSink(long[] buffer, int limit, bool keepAll)
    {
        heap = buffer;
        this.limit = limit;
        this.keepAll = keepAll;
        Count = 0;
        BestLeftOut = -1;
        admit = keepAll || limit > 0 ? int.MinValue : int.MaxValue;
    }

    public int Count { get; private set; }

    /// <summary>Highest score among candidates offered but not kept; -1 when none was left out.</summary>
    public int BestLeftOut { get; private set; }

    /// <summary>Offers scoring below this are only counted as left out (int.MinValue until the sink is full).</summary>
    public readonly int Admit => admit;

    /// <remarks>Scores must not be negative. Not inlined: the row scan calls it only for the few scores that clear
    /// <see cref="Admit"/>, and inlining it there costs the loop its registers.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Add(int candidate, int scoreHundredths)
    {
        if (scoreHundredths < admit)
        {
            if (scoreHundredths > BestLeftOut) BestLeftOut = scoreHundredths;
            return;
        }

        var key = Key(scoreHundredths, candidate);
        if (keepAll)
        {
            heap[Count++] = key;
            return;
        }

        if (Count < limit)
        {
            SiftUp(Count++, key);
            if (Count == limit) admit = ScoreOf(heap[0]);
            return;
        }

        // Candidates may arrive in any order (the dual check walks them by price), so the key breaks ties by index.
        if (key > heap[0])
        {
            BestLeftOut = Math.Max(BestLeftOut, ScoreOf(heap[0]));
            SiftDown(key);
            admit = ScoreOf(heap[0]);
        }
        else
        {
            BestLeftOut = Math.Max(BestLeftOut, scoreHundredths);
        }
    }

    /// <summary>Copies the kept candidates out, best first (the sink is spent afterwards).</summary>
    public readonly void Drain(out int[] candidateOut, out int[] scoreOut)
    {
        var keys = heap.AsSpan(0, Count);
        keys.Sort();
        candidateOut = new int[Count];
        scoreOut = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            var key = keys[Count - 1 - i];
            candidateOut[i] = ~(int)(key & 0xFFFFFFFF);
            scoreOut[i] = ScoreOf(key);
        }
    }

    private static long Key(int score, int candidate) => ((long)score << 32) | (uint)~candidate;

    private static int ScoreOf(long key) => (int)(key >> 32);

    private readonly void SiftUp(int i, long key)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (heap[parent] <= key) break;
            heap[i] = heap[parent];
            i = parent;
        }

        heap[i] = key;
    }

    // Replaces the root with a better key and restores the heap.
    private readonly void SiftDown(long key)
    {
        var i = 0;
        var n = Count;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= n) break;
            if (child + 1 < n && heap[child + 1] < heap[child]) child++;
            if (heap[child] >= key) break;
            heap[i] = heap[child];
            i = child;
        }

        heap[i] = key;
    }
}
