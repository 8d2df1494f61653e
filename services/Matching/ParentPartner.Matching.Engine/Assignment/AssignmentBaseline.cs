namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>
/// The greedy answer for comparison: pairs taken highest score first (ties: longest-waiting referral, then
/// least-utilised support parent, then ids) whenever the referral is still open and the support parent has room.
/// Computed over every feasible pair, also when the optimiser pruned arcs.
/// </summary>
public sealed record AssignmentBaseline
{
    public required IReadOnlyList<AssignedPair> Pairs { get; init; }
    public required long TotalScoreHundredths { get; init; }
    public decimal TotalScore => TotalScoreHundredths / 100m;
    public int MatchedCount => Pairs.Count;
}
