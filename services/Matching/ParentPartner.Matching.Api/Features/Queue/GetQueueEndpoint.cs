using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Offers;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Matching.Api.Features.Queue;

public sealed record QueueItem(Guid ReferralId, DateTimeOffset ReadyAt, double HoursWaiting, bool PastTarget, bool HasOpenOffer);

public sealed record QueueResponse(string ProgramId, int TargetHours, int Waiting, int PastTarget, IReadOnlyList<QueueItem> Items);

public sealed record PoolItem(Guid SupportParentId, bool Certified, int ActiveMatches, int MaxCaseload, int RemainingCapacity);

public static class GetQueueEndpoint
{
    public static RouteGroupBuilder MapQueueAndPool(this RouteGroupBuilder group)
    {
        group.MapGet("/programs/{programId}/queue", GetQueueAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("GetMatchingQueue")
            .WithSummary("Referrals waiting for a match, oldest first, with hours waiting and whether they are past the program's target")
            .Produces<QueueResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/programs/{programId}/pool", GetPoolAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("GetMatchingPool")
            .WithSummary("Certified support parents of the program with their active matches and maximum caseload")
            .Produces<IReadOnlyList<PoolItem>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> GetQueueAsync(
        string programId, MatchingDbContext db, OfferService offers, IProgramAccess programs, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!programs.CanAccess(programId))
        {
            return Problem.NotFound("program");
        }
        var settings = await offers.SettingsAsync(programId, cancellationToken);
        var now = clock.GetUtcNow();
        var waiting = await db.Queue.AsNoTracking()
            .Where(r => r.ProgramId == programId && (r.Status == QueueStatus.Waiting || r.Status == QueueStatus.Offered))
            .OrderBy(r => r.ReadyAt).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.ReadyAt, r.Status })
            .ToListAsync(cancellationToken);
        var items = waiting.Select(r =>
        {
            var hours = Math.Max(0, (now - r.ReadyAt).TotalHours);
            return new QueueItem(r.Id, r.ReadyAt, Math.Round(hours, 1), hours > settings.TargetHours, r.Status == QueueStatus.Offered);
        }).ToList();
        return TypedResults.Ok(new QueueResponse(programId, settings.TargetHours, items.Count, items.Count(i => i.PastTarget), items));
    }

    private static async Task<IResult> GetPoolAsync(string programId, OfferService offers, IProgramAccess programs, CancellationToken cancellationToken)
    {
        if (!programs.CanAccess(programId))
        {
            return Problem.NotFound("program");
        }
        var pool = await offers.PoolAsync(programId, cancellationToken);
        return TypedResults.Ok(pool.OrderBy(m => m.Id)
            .Select(m => new PoolItem(m.Id, m.InPool, m.ActiveMatches, m.MaxCaseload, Math.Max(0, m.MaxCaseload - m.ActiveMatches)))
            .ToList());
    }
}
