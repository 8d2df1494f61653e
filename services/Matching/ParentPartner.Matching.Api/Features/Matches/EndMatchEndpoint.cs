using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Events;
using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Matches;

public static class EndMatchEndpoint
{
    public static RouteHandlerBuilder MapEndMatch(this RouteGroupBuilder group) =>
        group.MapPost("/matches/{matchId:guid}/end", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithValidation()
            .WithName("EndMatch")
            .WithSummary("End a match with a reason; the support parent's place is free again")
            .Produces<MatchResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        Guid matchId, EndMatchRequest request, MatchingDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matchId, cancellationToken) is not { } match)
        {
            return Problem.NotFound("match");
        }
        if (match.EndedAt is not null)
        {
            return Problem.Conflict("The match has already ended.");
        }

        var now = clock.GetUtcNow();
        var reason = request.Reason!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ended = await db.Matches.Where(m => m.Id == matchId && m.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.EndedAt, now).SetProperty(m => m.EndReason, reason), cancellationToken);
        if (ended == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Problem.Conflict("The match has already ended.");
        }
        await db.Pool.Where(m => m.Id == match.SupportParentId && m.ActiveMatches > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ActiveMatches, m => m.ActiveMatches - 1), cancellationToken);
        db.Publish(MatchingEvents.Ended(match, reason, request.ReEntryWithin12Months, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        match.EndedAt = now;
        match.EndReason = reason;
        return TypedResults.Ok(MatchResponse.From(match));
    }
}
