using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Matching.Api.Features.Queue;

public static class GetQueueEndpoint
{
    public static RouteHandlerBuilder MapGetQueue(this RouteGroupBuilder program) =>
        program.MapGet("/queue", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("GetMatchingQueue")
            .WithSummary("Referrals waiting for a match, oldest first, with hours waiting and whether they are past the program's target")
            .Produces<QueueResponse>();

    private static async Task<IResult> HandleAsync(
        string programId, MatchingDbContext db, OfferService offers, TimeProvider clock, CancellationToken cancellationToken)
    {
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
}
