namespace ParentPartner.Matching.Engine.Assignment;

/// <summary>How a batch run's pairs were found: exact model, pruned model, or greedy fallback.</summary>
public enum AssignmentMethod
{
    /// <summary>Min-cost flow over every feasible pair.</summary>
    ExactModel,

    /// <summary>Min-cost flow over each referral's best candidates plus arcs added back by the dual check.</summary>
    PrunedModel,

    /// <summary>The pruned model could not be proven optimal and greedy scored higher, so greedy's pairs are returned.</summary>
    GreedyFallback,
}
