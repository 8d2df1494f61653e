using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.Matching.Engine.Assignment;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Matching.Api.Features.BatchRuns;

public static class RunBatchAssignmentEndpoint
{
    public static RouteHandlerBuilder MapRunBatchAssignment(this RouteGroupBuilder program) =>
        program.MapPost("/batch-runs", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("RunBatchAssignment")
            .WithSummary("Optimal assignment of the program's waiting queue within every caseload: proposals only, nothing is offered")
            .Produces<BatchRunResponse>();

    private static async Task<IResult> HandleAsync(
        string programId, MatchingDbContext db, OfferService offers, TimeProvider clock, CancellationToken cancellationToken)
    {
        var queue = await db.Queue.AsNoTracking().Where(r => r.ProgramId == programId && r.Status == QueueStatus.Waiting).ToListAsync(cancellationToken);
        var pool = await offers.PoolAsync(programId, cancellationToken);
        var exclusions = await offers.ExclusionsAsync(programId, cancellationToken);
        var settings = await offers.SettingsAsync(programId, cancellationToken);
        var result = settings.Engine().Assign(
            queue.Select(r => r.ToProfile()), pool.Select(m => m.ToProfile(clock.GetUtcNow())), exclusions.ToPairSet(), AssignmentOptions.Default, cancellationToken);
        return TypedResults.Ok(new BatchRunResponse(
            programId,
            queue.Count,
            pool.Count,
            [.. result.Pairs.Select(p => new ProposedPair(p.ReferralId, p.SupportParentId, p.Score))],
            result.UnmatchedReferralIds,
            result.TotalScore,
            result.MatchedCount,
            result.Greedy.TotalScore,
            result.Greedy.MatchedCount,
            result.ProvenOptimal,
            result.Method));
    }
}
