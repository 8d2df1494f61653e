using System.Runtime.CompilerServices;

namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>
/// Each support parent's best referrals (score descending, then referral order), a few per open caseload
/// place, collected during the row scan. One instance per thread; <see cref="Merge"/> combines them. These arcs
/// make sure every support parent with room is reachable in the pruned model, so its dual price means something.
/// </summary>
internal sealed class ColumnHeaps
{
    private readonly int[] offset;
    private readonly int[] limit;
    private readonly int[] count;
    private readonly int[] scores;
    private readonly int[] referrals;

    // The worst kept score once a heap is full (int.MinValue before): most offers fail this one comparison.
    private readonly int[] admit;

    public ColumnHeaps(int[] limits)
    {
        limit = limits;
        offset = new int[limits.Length + 1];
        for (var c = 0; c < limits.Length; c++) offset[c + 1] = offset[c] + limits[c];
        count = new int[limits.Length];
        scores = new int[offset[^1]];
        referrals = new int[offset[^1]];
        admit = new int[limits.Length];
        for (var c = 0; c < limits.Length; c++) admit[c] = limits[c] == 0 ? int.MaxValue : int.MinValue;
    }

    /// <summary>Per candidate, the lowest score <see cref="Add"/> may keep: callers skip the call below it (most offers).</summary>
    public int[] Admit => admit;

    // Not inlined, like TopSink.Add: the scan calls it only past the admit check, and inlined it costs the loop its registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public void Add(int candidate, int referral, int score)
    {
        if (score < admit[candidate]) return;
        var size = limit[candidate];
        var at = offset[candidate];
        var n = count[candidate];
        if (n < size)
        {
            scores[at + n] = score;
            referrals[at + n] = referral;
            count[candidate] = n + 1;
            SiftUp(at, n);
            if (n + 1 == size) admit[candidate] = scores[at];
            return;
        }

        if (score > scores[at] || (score == scores[at] && referral < referrals[at]))
        {
            scores[at] = score;
            referrals[at] = referral;
            SiftDown(at, n);
            admit[candidate] = scores[at];
        }
    }

    /// <summary>Per candidate, the best referrals over every thread's heaps, in referral-then-candidate order.</summary>
    public static List<(int Referral, int Candidate, int Score)> Merge(IReadOnlyList<ColumnHeaps> parts, int candidates)
    {
        var chosen = new List<(int Referral, int Candidate, int Score)>();
        var pool = new List<(int Score, int Referral)>();
        for (var c = 0; c < candidates; c++)
        {
            pool.Clear();
            var keep = 0;
            foreach (var part in parts)
            {
                keep = part.limit[c];
                for (var i = 0; i < part.count[c]; i++) pool.Add((part.scores[part.offset[c] + i], part.referrals[part.offset[c] + i]));
            }

            pool.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Referral.CompareTo(b.Referral));
            for (var i = 0; i < Math.Min(keep, pool.Count); i++) chosen.Add((pool[i].Referral, c, pool[i].Score));
        }

        chosen.Sort((a, b) => a.Referral != b.Referral ? a.Referral.CompareTo(b.Referral) : a.Candidate.CompareTo(b.Candidate));
        return chosen;
    }

    private bool Worse(int a, int b) => scores[a] < scores[b] || (scores[a] == scores[b] && referrals[a] > referrals[b]);

    private void SiftUp(int at, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Worse(at + i, at + parent)) return;
            Swap(at + i, at + parent);
            i = parent;
        }
    }

    private void SiftDown(int at, int n)
    {
        var i = 0;
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= n) return;
            var worst = left;
            if (left + 1 < n && Worse(at + left + 1, at + left)) worst = left + 1;
            if (!Worse(at + worst, at + i)) return;
            Swap(at + i, at + worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (scores[a], scores[b]) = (scores[b], scores[a]);
        (referrals[a], referrals[b]) = (referrals[b], referrals[a]);
    }
}
