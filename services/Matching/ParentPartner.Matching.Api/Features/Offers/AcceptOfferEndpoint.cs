using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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

public static class AcceptOfferEndpoint
{
    public static RouteHandlerBuilder MapAcceptOffer(this RouteGroupBuilder group) =>
        group.MapPost("/offers/{offerId:guid}/acceptance", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(OwnOffer.AnsweringRoles))
            .WithValidation()
            .WithIdempotency<MatchingDbContext>()
            .WithName("AcceptOffer")
            .WithSummary("Accept an offer: the family is matched and a place in the support parent's caseload is taken")
            .WithDescription("The support parent accepts their own offer in the app (no body), or a coordinator records the answer they gave by phone, text, email or in person ({\"channel\": \"phone\"}); who recorded it and how is kept and audited.")
            .Produces<MatchResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        Guid offerId, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] AcceptOfferRequest? request,
        MatchingDbContext db, TimeProvider clock, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        if (await OwnOffer.FindAsync(offerId, db, user, cancellationToken) is not { } offer)
        {
            return Problem.NotFound("offer");
        }
        if (OwnOffer.Channel(user, request?.Channel, out var channel) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }
        var now = clock.GetUtcNow();
        if (!OwnOffer.IsOpen(offer, now))
        {
            return OwnOffer.NotOpen(offer);
        }

        var answeredBy = Audit.Actor(user);
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        var claimed = await db.Offers
            .Where(o => o.Id == offerId && o.Status == OfferStatus.Pending && o.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferStatus.Accepted).SetProperty(o => o.AnsweredAt, now)
                .SetProperty(o => o.AnsweredBy, answeredBy).SetProperty(o => o.AnswerChannel, channel), cancellationToken);
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
            return Problem.Conflict("The support parent's caseload is full (or they cannot take new families right now); the offer stays open.");
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
        // The support parent's own account (none for a volunteer without a login), never the coordinator who recorded it.
        var subject = await db.Pool.AsNoTracking().Where(m => m.Id == offer.SupportParentId).Select(m => m.UserSubject).FirstOrDefaultAsync(cancellationToken);
        db.Publish(MatchingEvents.Made(match, subject));
        db.Record(http, now, offer.ProgramId, offer.ReferralId, "accept-offer", KebabEnum.Name(channel), Audit.OfferAnswerFields);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/matching/matches/{match.Id}", MatchResponse.From(match));
    }
}
