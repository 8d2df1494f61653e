namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>A proposed assignment of a queue to support parents, with the greedy baseline beside it.</summary>
public sealed record AssignmentResult
{
    /// <summary>In queue order (longest-waiting first).</summary>
    public required IReadOnlyList<AssignedPair> Pairs { get; init; }

    /// <summary>Referrals left unmatched rather than break a hard constraint or a capacity (queue order).</summary>
    public required IReadOnlyList<Guid> UnmatchedReferralIds { get; init; }

    public required long TotalScoreHundredths { get; init; }
    public decimal TotalScore => TotalScoreHundredths / 100m;
    public int MatchedCount => Pairs.Count;

    /// <summary>
    /// True when the total is proven the highest possible over every feasible pair: always for the exact model;
    /// for the pruned model when no pruned arc has a positive reduced cost under the flow's dual prices.
    /// </summary>
    public required bool ProvenOptimal { get; init; }

    public required AssignmentMethod Method { get; init; }

    public required AssignmentBaseline Greedy { get; init; }

    public required AssignmentDiagnostics Diagnostics { get; init; }
}
