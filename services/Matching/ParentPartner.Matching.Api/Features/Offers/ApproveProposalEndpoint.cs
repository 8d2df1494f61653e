using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Offers;

public static class ApproveProposalEndpoint
{
    public static RouteHandlerBuilder MapApproveProposal(this RouteGroupBuilder group) =>
        group.MapPost("/referrals/{referralId:guid}/offers", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithValidation()
            .WithIdempotency<MatchingDbContext>()
            .WithName("ApproveProposal")
            .WithSummary("Approve a proposal: the support parent gets an offer that expires after the program's offer expiry")
            .Produces<OfferResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
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

        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        var offer = await offers.OfferAsync(referral, supportParentId, user.SubjectId() ?? "unknown", cancellationToken);
        // A concurrent approval breaks the one-pending-offer index here: a 409 (TranslateSaveConflicts on the route group).
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/matching/offers/{offer.Id}", OfferResponse.From(offer));
    }
}
