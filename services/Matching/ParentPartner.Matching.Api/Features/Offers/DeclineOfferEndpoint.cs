using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Events;
using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Offers;

public static class DeclineOfferEndpoint
{
    public static RouteHandlerBuilder MapDeclineOffer(this RouteGroupBuilder group) =>
        group.MapPost("/offers/{offerId:guid}/decline", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(OwnOffer.AnsweringRoles))
            .WithValidation()
            // It makes the next offer: a retried request must not answer 409 for what the first one did.
            .WithIdempotency<MatchingDbContext>()
            .WithName("DeclineOffer")
            .WithSummary("Decline an offer with a reason; the next best candidate is offered automatically")
            .WithDescription("The support parent declines their own offer in the app, or a coordinator records the decline they gave by phone, text, email or in person (channel required); who recorded it and how is kept and audited.")
            .Produces<OfferResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        Guid offerId, DeclineOfferRequest request, MatchingDbContext db, OfferService offers, TimeProvider clock, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        if (await OwnOffer.FindAsync(offerId, db, user, cancellationToken) is not { } offer)
        {
            return Problem.NotFound("offer");
        }
        if (OwnOffer.Channel(user, request.Channel, out var channel) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }
        var now = clock.GetUtcNow();
        if (!OwnOffer.IsOpen(offer, now))
        {
            return OwnOffer.NotOpen(offer);
        }

        var reason = KebabEnum.Name(request.Reason!.Value);
        var answeredBy = Audit.Actor(user);
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        var claimed = await db.Offers
            .Where(o => o.Id == offerId && o.Status == OfferStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferStatus.Declined).SetProperty(o => o.AnsweredAt, now).SetProperty(o => o.DeclineReason, reason)
                .SetProperty(o => o.AnsweredBy, answeredBy).SetProperty(o => o.AnswerChannel, channel), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Problem.Conflict("The offer was answered or expired meanwhile.");
        }

        db.Publish(MatchingEvents.Declined(offer, reason, now));
        db.Record(http, now, offer.ProgramId, offer.ReferralId, "decline-offer", KebabEnum.Name(channel), Audit.OfferAnswerFields);
        // The next offer is system work for the program, not limited by the caller's view.
        await offers.ExcludeAndOfferNextAsync(offer, ExclusionKind.Declined, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(OfferResponse.From(offer) with
        {
            Status = OfferStatus.Declined, DeclineReason = reason, AnsweredAt = now, AnsweredBy = answeredBy, AnswerChannel = channel,
        });
    }
}
