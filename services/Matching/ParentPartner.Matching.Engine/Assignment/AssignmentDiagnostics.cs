namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>How the answer was reached: sizes and timings, for logs and the benchmark (no personal data).</summary>
public sealed record AssignmentDiagnostics
{
    public required int Referrals { get; init; }
    public required int Candidates { get; init; }

    /// <summary>Referral × candidate pairs passing every hard constraint.</summary>
    public required long FeasiblePairs { get; init; }

    /// <summary>Referral → candidate arcs in the last flow model solved.</summary>
    public required int PairArcs { get; init; }

    /// <summary>Arcs the dual check added back to the pruned model.</summary>
    public required int ArcsAddedBack { get; init; }

    /// <summary>Flow models solved from scratch by the min-cost-flow solver (1 for the exact model).</summary>
    public required int Solves { get; init; }

    /// <summary>Times the pruned model's flow was re-optimised in place after the dual check added arcs back.</summary>
    public int Reoptimisations { get; init; }

    public required TimeSpan ScoringTime { get; init; }
    public required TimeSpan SolveTime { get; init; }
    public required TimeSpan CertificateTime { get; init; }
    public required TimeSpan GreedyTime { get; init; }
}
