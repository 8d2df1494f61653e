namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>Which model a batch run builds: auto (exact when small enough), exact, or pruned.</summary>
public enum AssignmentMode
{
    /// <summary>Exact model up to <see cref="AssignmentOptions.ExactModelMaxPairs"/> referral × candidate pairs, pruned above.</summary>
    Auto,

    /// <summary>Every feasible pair is an arc of the flow model.</summary>
    Exact,

    /// <summary>
    /// Each referral's best <see cref="AssignmentOptions.CandidatesPerReferral"/> candidates and each support
    /// parent's best referrals; then every pair left out is checked against the flow's dual prices and the
    /// violated ones are added back and the model solved again, until none is (proven optimal) or the rounds run out.
    /// </summary>
    Pruned,
}
