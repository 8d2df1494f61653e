using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>One thread's scratch: a row scorer and buffers, so scanning a row allocates nothing but its result.</summary>
internal sealed class RowWorkspace(ScoringModel model, int keep, int[]? columnLimits)
{
    public RowScorer Scorer { get; } = new(model);
    public byte[] Blocked { get; } = new byte[model.CandidateCount];
    public int[] Scores { get; } = new int[keep];
    public int[] Candidates { get; } = new int[keep];
    public long[] Keys { get; } = new long[keep];
    public ColumnHeaps? Columns { get; } = columnLimits is null ? null : new ColumnHeaps(columnLimits);
    public long Feasible { get; set; }

    public void Block(ReadOnlySpan<int> indices, byte value)
    {
        foreach (var c in indices) Blocked[c] = value;
    }
}
