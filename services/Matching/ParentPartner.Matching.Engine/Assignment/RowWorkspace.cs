using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>One thread's scratch: a row scorer and buffers, so scanning a row allocates nothing but its result.</summary>
internal sealed class RowWorkspace(ScoringModel model, int keep, int[]? columnLimits)
{
    public RowScorer Scorer { get; } = new(model);
    public byte[] Blocked { get; } = new byte[model.CandidateCount];
    public int[] RowScores { get; } = new int[model.CandidateCount];
    public long[] Top { get; } = new long[keep];
    public ColumnHeaps? Columns { get; } = columnLimits is null ? null : new ColumnHeaps(columnLimits);

    /// <summary>Column thresholds no score reaches, for scans without column heaps (one branch-free loop for both).</summary>
    public int[] NoColumns { get; } = columnLimits is null ? Enumerable.Repeat(int.MaxValue, model.CandidateCount).ToArray() : [];
    public long Feasible { get; set; }

    public void Block(ReadOnlySpan<int> indices, byte value)
    {
        foreach (var c in indices) Blocked[c] = value;
    }
}
