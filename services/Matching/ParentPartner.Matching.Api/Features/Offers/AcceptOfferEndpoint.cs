using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Events;
using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Matching.Api.Features.Offers;

public static class AcceptOfferEndpoint
{
    public static RouteHandlerBuilder MapAcceptOffer(this RouteGroupBuilder group) =>
        group.MapPost("/offers/{offerId:guid}/acceptance", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.SupportParent))
            .WithName("AcceptOffer")
            .WithSummary("Accept your offer: the family is matched and a place in your caseload is taken")
            .Produces<MatchResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        Guid offerId, MatchingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await OwnOffer.FindAsync(offerId, db, user, cancellationToken) is not { } offer)
        {
            return Problem.NotFound("offer");
        }
        var now = clock.GetUtcNow();
        if (!OwnOffer.IsOpen(offer, now))
        {
            return OwnOffer.NotOpen(offer);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Offers
            .Where(o => o.Id == offerId && o.Status == OfferStatus.Pending && o.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferStatus.Accepted).SetProperty(o => o.AnsweredAt, now), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Problem.Conflict("The offer was answered or expired meanwhile.");
        }
        // Capacity is taken here and only here: the row lock makes a concurrent acceptance wait, then see the new count.
        var seat = await db.Pool
            .Where(m => m.Id == offer.SupportParentId && m.IsCertified && !m.IsWithdrawn && m.ActiveMatches < m.MaxCaseload)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ActiveMatches, m => m.ActiveMatches + 1), cancellationToken);
        if (seat == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Problem.Conflict("Your caseload is full (or you cannot take new families right now); the offer stays open.");
        }

        var referral = await db.Queue.FirstAsync(r => r.Id == offer.ReferralId, cancellationToken);
        referral.Status = QueueStatus.Matched;
        referral.UpdatedAt = now;
        var match = db.Matches.Add(new Match
        {
            Id = Guid.CreateVersion7(),
            ProgramId = offer.ProgramId,
            ReferralId = offer.ReferralId,
            SupportParentId = offer.SupportParentId,
            OfferId = offer.Id,
            ReadyAt = referral.ReadyAt,
            MadeAt = now,
        }).Entity;
        db.Publish(MatchingEvents.Made(match, user.SubjectId()));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/matching/matches/{match.Id}", MatchResponse.From(match));
    }
}
