using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Matching;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Features.Offers;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Matches;

public sealed record EndMatchRequest : IValidatableRequest
{
    public EndReason? Reason { get; init; }

    /// <summary>Child welfare: the family re-entered care within 12 months, when recorded.</summary>
    public bool? ReEntryWithin12Months { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("reason", Reason);
}

public static class EndMatchEndpoint
{
    public static RouteGroupBuilder MapMatches(this RouteGroupBuilder group)
    {
        group.MapPost("/matches/{matchId:guid}/end", EndAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithValidation()
            .WithName("EndMatch")
            .WithSummary("End a match with a reason; the support parent's place is free again")
            .Produces<MatchResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/matches/{matchId:guid}", GetAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("GetMatch")
            .Produces<MatchResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> GetAsync(Guid matchId, MatchingDbContext db, CancellationToken cancellationToken) =>
        await db.Matches.AsNoTracking().FirstOrDefaultAsync(m => m.Id == matchId, cancellationToken) is { } match
            ? TypedResults.Ok(MatchResponse.From(match))
            : Problem.NotFound("match");

    private static async Task<IResult> EndAsync(
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
        db.Publish(new MatchEnded
        {
            MatchId = match.Id,
            ReferralId = match.ReferralId,
            SupportParentId = match.SupportParentId,
            ProgramId = match.ProgramId,
            Reason = KebabEnum.Name(reason),
            ReEntryWithin12Months = request.ReEntryWithin12Months,
            EndedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        match.EndedAt = now;
        match.EndReason = reason;
        return TypedResults.Ok(MatchResponse.From(match));
    }
}
