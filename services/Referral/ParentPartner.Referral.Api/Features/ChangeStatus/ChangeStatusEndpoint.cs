using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.ChangeStatus;

public static class ChangeStatusEndpoint
{
    public static RouteHandlerBuilder MapChangeStatus(this RouteGroupBuilder group) =>
        group.MapPost("/{id:guid}/status-changes", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator))
            .WithValidation()
            .WithIdempotency<ReferralDbContext>()
            .WithName("ChangeReferralStatus")
            .WithSummary("Screen a referral: screened, ready-for-matching, information-only, or withdrawn")
            .WithDescription("A move the status machine does not allow from the current status is a 409; ready-for-matching without the matching profile is a 422.")
            .Produces<StatusChangeResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        Guid id, ChangeStatusRequest request, ReferralDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (await db.Referrals.FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } referral)
        {
            return Problem.NotFound("referral");
        }

        var to = request.Status!.Value;
        if (!ReferralStatusMachine.CanMove(referral.Status, to))
        {
            return Problem.Conflict(IllegalMove(referral.Status, to));
        }

        var kind = await db.Programs.Where(p => p.ProgramId == referral.ProgramId).Select(p => (ProgramKind?)p.Kind).FirstOrDefaultAsync(cancellationToken);
        if (to == ReferralStatus.ReadyForMatching && MatchingProfileRules.Check(referral, kind) is { IsEmpty: false } missing)
        {
            return missing.ToProblem(StatusCodes.Status422UnprocessableEntity, MatchingProfileRules.Reason);
        }
        if (to == ReferralStatus.InformationOnly)
        {
            referral.InformationGiven = [.. request.InformationGiven!.Select(t => t!).Distinct()];
        }

        var change = referral.MoveTo(to, clock.GetUtcNow(), user.SubjectId() ?? "unknown", request.Reason, request.Note?.Trim())!;
        db.StatusChanges.Add(change);
        db.PublishTransition(referral, change, kind);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem.Conflict("The referral changed while this request was made; read it again and retry.");
        }
        return TypedResults.Created($"/api/referrals/{id}/status-changes", StatusChangeResponse.Of(change));
    }

    private static string IllegalMove(ReferralStatus from, ReferralStatus to)
    {
        var allowed = ReferralStatusMachine.NextFrom(from).Select(KebabEnum.Name).ToList();
        return $"A referral that is {KebabEnum.Name(from)} cannot become {KebabEnum.Name(to)}; "
            + (allowed.Count == 0 ? "it is settled." : $"from {KebabEnum.Name(from)} it can become: {string.Join(", ", allowed)}.");
    }
}
