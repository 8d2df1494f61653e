using ParentPartner.Matching.Engine.Assignment;

namespace ParentPartner.Matching.Api.Features.BatchRuns;

public sealed record BatchRunResponse(
    string ProgramId,
    int QueueLength,
    int PoolSize,
    IReadOnlyList<ProposedPair> Proposals,
    IReadOnlyList<Guid> UnmatchedReferralIds,
    decimal TotalScore,
    int MatchedCount,
    decimal GreedyTotalScore,
    int GreedyMatchedCount,
    bool ProvenOptimal,
    AssignmentMethod Method);
