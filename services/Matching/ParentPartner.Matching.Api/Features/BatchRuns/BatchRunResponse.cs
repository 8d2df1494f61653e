using ParentPartner.Matching.Engine.Assignment;

namespace ParentPartner.Matching.Api.Features.BatchRuns;

/// <summary>An optimal assignment of the waiting queue to the pool within every caseload: proposals only, nothing is offered.</summary>
/// <param name="ProgramId">The program.</param>
/// <param name="QueueLength">Referrals in the queue at the run.</param>
/// <param name="PoolSize">Support parents with free caseload at the run.</param>
/// <param name="Proposals">The proposed pairs.</param>
/// <param name="UnmatchedReferralIds">Referrals left without a proposal.</param>
/// <param name="TotalScore">Sum of the proposed pairs' scores.</param>
/// <param name="MatchedCount">How many referrals got a proposal.</param>
/// <param name="GreedyTotalScore">What a greedy best-first pairing would have scored, for comparison.</param>
/// <param name="GreedyMatchedCount">How many a greedy pairing would have matched.</param>
/// <param name="ProvenOptimal">Whether the proposals are proven the best total score possible.</param>
/// <param name="Method">How the pairs were found.</param>
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
