using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Events;
using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Offers;

public static class DeclineOfferEndpoint
{
    public static RouteHandlerBuilder MapDeclineOffer(this RouteGroupBuilder group) =>
        group.MapPost("/offers/{offerId:guid}/decline", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.SupportParent))
            .WithValidation()
            .WithName("DeclineOffer")
            .WithSummary("Decline your offer with a reason; the next best candidate is offered automatically")
            .Produces<OfferResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        Guid offerId, DeclineOfferRequest request, MatchingDbContext db, OfferService offers, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
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

        var reason = KebabEnum.Name(request.Reason!.Value);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Offers
            .Where(o => o.Id == offerId && o.Status == OfferStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferStatus.Declined).SetProperty(o => o.AnsweredAt, now).SetProperty(o => o.DeclineReason, reason), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Problem.Conflict("The offer was answered or expired meanwhile.");
        }

        db.Publish(MatchingEvents.Declined(offer, reason, now));
        // The next offer is system work for the program, not limited by the caller's view.
        await offers.ExcludeAndOfferNextAsync(offer, ExclusionKind.Declined, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(OfferResponse.From(offer) with { Status = OfferStatus.Declined, DeclineReason = reason });
    }
}
