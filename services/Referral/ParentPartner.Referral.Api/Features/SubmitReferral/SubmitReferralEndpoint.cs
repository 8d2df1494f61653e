using System.Security.Claims;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Api.Features.Intake;
using ParentPartner.Referral.Api.Features.ReferrerStatus;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.SubmitReferral;

public static class SubmitReferralEndpoint
{
    public static RouteHandlerBuilder MapSubmitReferral(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ReferringOrganisation))
            .WithValidation()
            .WithIdempotency<ReferralDbContext>()
            .WithName("SubmitReferral")
            .WithSummary("Take in a referral for one of your programs (coordinators, or a referring organisation's own client)")
            .WithDescription($"Honours {IdempotencyFilter.HeaderName}. A referring organisation's client gets the status-only view back.")
            .Produces<ReferralResponse>(StatusCodes.Status201Created)
            .Produces<ReferredStatusResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        SubmitReferralRequest request,
        ReferralDbContext db,
        IProgramAccess programs,
        TimeProvider clock,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        if (!programs.CanAccess(request.ProgramId!))
        {
            return Problem.NotFound("program");
        }

        var now = clock.GetUtcNow();
        var rules = new FieldErrors().NotAnonymous(request.Parent).ParentConsented(request.Consent, now);
        if (!rules.IsEmpty)
        {
            return rules.ToProblem(StatusCodes.Status422UnprocessableEntity, IntakeRules.Reason);
        }

        // A referring organisation's own client speaks only for itself: the referral is recorded under its client id.
        var byReferrer = !user.IsInRole(Roles.ProgramCoordinator);
        var organisationId = request.Referrer?.OrganisationId;
        if (byReferrer)
        {
            var own = new FieldErrors();
            if (request.Source == ReferralSource.Self)
            {
                own.Add("source", "cannot be self: a referring organisation made this referral.");
            }
            if (organisationId is not null && organisationId != user.ClientId())
            {
                own.Add("referrer.organisationId", "must be your own client id, or left out.");
            }
            if (!own.IsEmpty)
            {
                return own.ToProblem(StatusCodes.Status422UnprocessableEntity, "A referring organisation refers on its own behalf.");
            }
            organisationId = user.ClientId();
        }

        var consent = new Consent { GivenAt = request.Consent!.GivenAt!.Value, Scope = request.Consent.Scope!.Trim() };
        var referral = ReferralIntake.NewReferral(request.ProgramId!, request.Source!.Value, request.Parent!, request.Child, request.Case, request.Needs, consent, now);
        referral.ReferrerOrganisation = request.Referrer?.Organisation?.Trim();
        referral.ReferrerContact = request.Referrer?.Contact?.Trim();
        referral.ReferrerOrganisationId = organisationId;
        db.Take(referral, user.SubjectId() ?? user.ClientId() ?? "unknown");
        await db.SaveChangesAsync(cancellationToken);

        return byReferrer
            ? TypedResults.Created($"/api/referrals/referred/{referral.Id}", ReferredStatusResponse.From(referral))
            : TypedResults.Created($"/api/referrals/{referral.Id}", ReferralResponse.From(referral));
    }
}
