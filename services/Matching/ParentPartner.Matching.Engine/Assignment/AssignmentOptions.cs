namespace ParentPartner.Matching.Engine.Assignment;

public sealed record AssignmentOptions
{
    public static AssignmentOptions Default { get; } = new();

    public AssignmentMode Mode { get; init; } = AssignmentMode.Auto;

    /// <summary>In <see cref="AssignmentMode.Auto"/>, inputs with at most this many referral × candidate pairs use the exact model.</summary>
    public long ExactModelMaxPairs { get; init; } = 300_000;

    /// <summary>Pruned model: arcs kept per referral (its best candidates by score).</summary>
    public int CandidatesPerReferral { get; init; } = 6;

    /// <summary>
    /// Pruned model: candidates ranked per referral by the scan (the model takes the first <see cref="CandidatesPerReferral"/>).
    /// The dual check reads the rest from memory instead of scoring them again, and the greedy baseline walks them.
    /// </summary>
    public int CandidatesRankedPerReferral { get; init; } = 32;

    /// <summary>Pruned model: arcs kept per support parent, per open caseload place (their best referrals by score), plus as many again.</summary>
    public int ReferralsPerOpenPlace { get; init; } = 4;

    /// <summary>Pruned model: at most this many arcs added back per referral per round (the most violated under the dual prices).</summary>
    public int ArcsAddedPerReferralPerRound { get; init; } = 8;

    /// <summary>Pruned model: re-solves allowed to add back arcs the dual prices say could improve the total.</summary>
    public int MaxRefinementRounds { get; init; } = 10;

    /// <summary>Threads for scoring; null means one per core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
