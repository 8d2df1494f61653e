using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Matching;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Offers;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Offers;

public sealed record ApproveProposalRequest : IValidatableRequest
{
    public Guid? SupportParentId { get; init; }

    public FieldErrors Validate() =>
        new FieldErrors().Required("supportParentId", SupportParentId is { } id && id != Guid.Empty ? id : null);
}

public enum DeclineReason
{
    NotAvailable,
    CaseloadFull,
    ConflictOfInterest,
    NotAGoodFit,
    Other,
}

public sealed record DeclineOfferRequest : IValidatableRequest
{
    public DeclineReason? Reason { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("reason", Reason);
}

public sealed record OfferResponse(Guid OfferId, Guid ReferralId, Guid SupportParentId, OfferStatus Status, DateTimeOffset OfferedAt, DateTimeOffset ExpiresAt, string? DeclineReason)
{
    public static OfferResponse From(Offer offer) =>
        new(offer.Id, offer.ReferralId, offer.SupportParentId, offer.Status, offer.OfferedAt, offer.ExpiresAt, offer.DeclineReason);
}

public sealed record MatchResponse(Guid MatchId, Guid ReferralId, Guid SupportParentId, string ProgramId, DateTimeOffset ReadyAt, DateTimeOffset MadeAt, DateTimeOffset? EndedAt, EndReason? EndReason)
{
    public static MatchResponse From(Match match) =>
        new(match.Id, match.ReferralId, match.SupportParentId, match.ProgramId, match.ReadyAt, match.MadeAt, match.EndedAt, match.EndReason);
}

public static class OfferEndpoints
{
    public static RouteGroupBuilder MapOffers(this RouteGroupBuilder group)
    {
        group.MapPost("/referrals/{referralId:guid}/offers", ApproveAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithValidation()
            .WithIdempotency<MatchingDbContext>()
            .WithName("ApproveProposal")
            .WithSummary("Approve a proposal: the support parent gets an offer that expires after the program's offer expiry")
            .Produces<OfferResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/referrals/{referralId:guid}/offers", ListForReferralAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("ListReferralOffers")
            .WithSummary("Every offer made for a referral, newest first")
            .Produces<IReadOnlyList<OfferResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/offers/mine", ListMineAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.SupportParent))
            .WithName("ListMyOffers")
            .WithSummary("The calling support parent's open offers")
            .Produces<IReadOnlyList<OfferResponse>>();
        group.MapPost("/offers/{offerId:guid}/acceptance", AcceptAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.SupportParent))
            .WithName("AcceptOffer")
            .WithSummary("Accept your offer: the family is matched and a place in your caseload is taken")
            .Produces<MatchResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/offers/{offerId:guid}/decline", DeclineAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.SupportParent))
            .WithValidation()
            .WithName("DeclineOffer")
            .WithSummary("Decline your offer with a reason; the next best candidate is offered automatically")
            .Produces<OfferResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    private static async Task<IResult> ApproveAsync(
        Guid referralId, ApproveProposalRequest request, MatchingDbContext db, OfferService offers, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await db.Queue.FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken) is not { } referral)
        {
            return Problem.NotFound("referral");
        }
        if (referral.Status != QueueStatus.Waiting)
        {
            return Problem.Conflict(referral.Status switch
            {
                QueueStatus.Offered => "The referral already has an open offer; wait for the answer or the expiry.",
                QueueStatus.Matched => "The referral is already matched.",
                _ => "The referral has left the queue.",
            });
        }
        var supportParentId = request.SupportParentId!.Value;
        var member = await db.Pool.AsNoTracking().FirstOrDefaultAsync(m => m.Id == supportParentId && m.ProgramId == referral.ProgramId, cancellationToken);
        if (member is null)
        {
            return new FieldErrors().Add("supportParentId", "is not a support parent of this referral's program.")
                .ToProblem(StatusCodes.Status422UnprocessableEntity, "Only a support parent in the program's pool can be offered.");
        }
        var settings = await offers.SettingsAsync(referral.ProgramId, cancellationToken);
        var exclusions = await offers.ExclusionsAsync(referral.ProgramId, cancellationToken);
        var failed = settings.Engine().CheckEligibility(referral.ToProfile(), member.ToProfile(clock.GetUtcNow()), exclusions.ToPairSet());
        if (failed.Count > 0)
        {
            var errors = new FieldErrors();
            foreach (var reason in failed)
            {
                errors.Add("supportParentId", KebabEnum.Name(reason));
            }
            return errors.ToProblem(StatusCodes.Status422UnprocessableEntity, "The pair fails a hard constraint.");
        }

        await using var transaction = await db.BeginOwnAsync(cancellationToken);
        var offer = await offers.OfferAsync(referral, supportParentId, user.SubjectId() ?? "unknown", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            return Problem.Conflict("Another offer for this referral was made at the same time.");
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return TypedResults.Created($"/api/matching/offers/{offer.Id}", OfferResponse.From(offer));
    }

    private static async Task<IResult> ListForReferralAsync(Guid referralId, MatchingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Queue.AnyAsync(r => r.Id == referralId, cancellationToken))
        {
            return Problem.NotFound("referral");
        }
        var list = await db.Offers.AsNoTracking().Where(o => o.ReferralId == referralId)
            .OrderByDescending(o => o.OfferedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.Select(OfferResponse.From).ToList());
    }

    private static async Task<IResult> ListMineAsync(MatchingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subject = user.SubjectId();
        var mine = await db.Pool.AsNoTracking().Where(m => m.UserSubject != null && m.UserSubject == subject).Select(m => m.Id).ToListAsync(cancellationToken);
        var list = await db.Offers.AsNoTracking().Where(o => mine.Contains(o.SupportParentId) && o.Status == OfferStatus.Pending)
            .OrderBy(o => o.ExpiresAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.Select(OfferResponse.From).ToList());
    }

    /// <summary>The offer, only when it is the caller's own (anyone else's is indistinguishable from none).</summary>
    private static async Task<Offer?> OwnOfferAsync(Guid offerId, MatchingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subject = user.SubjectId();
        if (subject is null || await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken) is not { } offer)
        {
            return null;
        }
        var owner = await db.Pool.AsNoTracking().Where(m => m.Id == offer.SupportParentId).Select(m => m.UserSubject).FirstOrDefaultAsync(cancellationToken);
        return owner == subject ? offer : null;
    }

    private static IResult NotOpen(Offer offer) =>
        Problem.Conflict(offer.Status == OfferStatus.Pending ? "The offer has expired." : $"The offer is already {KebabEnum.Name(offer.Status)}.");

    private static async Task<IResult> AcceptAsync(
        Guid offerId, MatchingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await OwnOfferAsync(offerId, db, user, cancellationToken) is not { } offer)
        {
            return Problem.NotFound("offer");
        }
        var now = clock.GetUtcNow();
        if (offer.Status != OfferStatus.Pending || offer.ExpiresAt <= now)
        {
            return NotOpen(offer);
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
        var subject = user.SubjectId();
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
        db.Publish(new MatchMade
        {
            MatchId = match.Id,
            ReferralId = match.ReferralId,
            SupportParentId = match.SupportParentId,
            ProgramId = match.ProgramId,
            SupportParentSubject = subject,
            ReadyAt = match.ReadyAt,
            MadeAt = match.MadeAt,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/matching/matches/{match.Id}", MatchResponse.From(match));
    }

    private static async Task<IResult> DeclineAsync(
        Guid offerId, DeclineOfferRequest request, MatchingDbContext db, OfferService offers, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await OwnOfferAsync(offerId, db, user, cancellationToken) is not { } offer)
        {
            return Problem.NotFound("offer");
        }
        var now = clock.GetUtcNow();
        if (offer.Status != OfferStatus.Pending || offer.ExpiresAt <= now)
        {
            return NotOpen(offer);
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

        db.Exclusions.Add(new PairExclusion { ReferralId = offer.ReferralId, SupportParentId = offer.SupportParentId, ProgramId = offer.ProgramId, Kind = ExclusionKind.Declined, CreatedAt = now });
        db.Publish(new MatchOfferDeclined
        {
            OfferId = offer.Id,
            ReferralId = offer.ReferralId,
            SupportParentId = offer.SupportParentId,
            ProgramId = offer.ProgramId,
            Reason = reason,
            DeclinedAt = now,
        });
        var referral = await db.Queue.FirstAsync(r => r.Id == offer.ReferralId, cancellationToken);
        if (referral.Status == QueueStatus.Offered)
        {
            // The next offer is system work for the program, not limited by the caller's view.
            await offers.OfferNextBestAsync(referral, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(OfferResponse.From(offer) with { Status = OfferStatus.Declined, DeclineReason = reason });
    }
}
