namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>
/// Per referral: its ranked candidates from the scan (best first: score descending, then candidate order;
/// every feasible one in the exact model), and the arcs of the flow model — the first
/// <c>ModelPrefix</c> ranked ones, then arcs added for the support parents' sake or by the dual check.
/// </summary>
internal sealed class ArcTable(int referrals)
{
    public int[][] RankedCandidates { get; } = new int[referrals][];
    public int[][] RankedScores { get; } = new int[referrals][];

    /// <summary>Best score among feasible candidates not ranked (-1: none).</summary>
    public int[] BestOutsideRanked { get; } = new int[referrals];

    public int[][] Candidates { get; } = new int[referrals][];
    public int[][] Scores { get; } = new int[referrals][];

    public long FeasiblePairs { get; set; }

    public int Count(int r) => Candidates[r].Length;

    public int TotalArcs
    {
        get
        {
            var total = 0;
            foreach (var row in Candidates) total += row.Length;
            return total;
        }
    }

    public void SetRow(int r, int[] ranked, int[] scores, int bestLeftOut, int modelPrefix)
    {
        RankedCandidates[r] = ranked;
        RankedScores[r] = scores;
        BestOutsideRanked[r] = bestLeftOut;
        var prefix = Math.Min(modelPrefix, ranked.Length);
        Candidates[r] = prefix == ranked.Length ? ranked : ranked[..prefix];
        Scores[r] = prefix == ranked.Length ? scores : scores[..prefix];
    }

    public void Append(int r, ReadOnlySpan<int> candidates, ReadOnlySpan<int> scores)
    {
        Candidates[r] = [.. Candidates[r], .. candidates];
        Scores[r] = [.. Scores[r], .. scores];
    }

    public bool Contains(int r, int candidate) => Array.IndexOf(Candidates[r], candidate) >= 0;
}
