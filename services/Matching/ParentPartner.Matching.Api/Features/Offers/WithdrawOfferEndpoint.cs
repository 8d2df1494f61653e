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

public static class WithdrawOfferEndpoint
{
    public static RouteHandlerBuilder MapWithdrawOffer(this RouteGroupBuilder group) =>
        group.MapPost("/offers/{offerId:guid}/withdrawal", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithValidation()
            // It makes the next offer: a retried request must not answer 409 for what the first one did.
            .WithIdempotency<MatchingDbContext>()
            .WithName("WithdrawOffer")
            .WithSummary("Withdraw an open offer with a reason; the next best candidate is offered at once")
            .WithDescription("For an offer nobody will answer (a support parent who cannot be reached, or who is unavailable): rather than wait for the expiry, the referral passes to the next best candidate straight away, and the pair is not proposed again.")
            .Produces<WithdrawOfferResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        Guid offerId, WithdrawOfferRequest request, MatchingDbContext db, OfferService offers, TimeProvider clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken) is not { } offer)
        {
            return Problem.NotFound("offer");
        }
        var now = clock.GetUtcNow();
        if (!OwnOffer.IsOpen(offer, now))
        {
            return OwnOffer.NotOpen(offer);
        }

        var reason = KebabEnum.Name(request.Reason!.Value);
        var withdrawnBy = Audit.Actor(http.User);
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        var claimed = await db.Offers
            .Where(o => o.Id == offerId && o.Status == OfferStatus.Pending && o.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferStatus.Withdrawn).SetProperty(o => o.AnsweredAt, now)
                .SetProperty(o => o.AnsweredBy, withdrawnBy).SetProperty(o => o.WithdrawReason, reason), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return Problem.Conflict("The offer was answered or expired meanwhile.");
        }

        db.Publish(MatchingEvents.Withdrawn(offer, reason, now));
        db.Record(http, now, offer.ProgramId, offer.ReferralId, "withdraw-offer", reason, Audit.OfferWithdrawalFields);
        // As after an expiry: the pair is set aside and the next best is offered in the same transaction.
        var next = await offers.ExcludeAndOfferNextAsync(offer, ExclusionKind.OfferWithdrawn, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var withdrawn = OfferResponse.From(offer) with { Status = OfferStatus.Withdrawn, AnsweredAt = now, AnsweredBy = withdrawnBy, WithdrawReason = reason };
        return TypedResults.Ok(new WithdrawOfferResponse(withdrawn, next is null ? null : OfferResponse.From(next)));
    }
}
