using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Api.Features.Intake;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.SelfReferral;

public static class SubmitSelfReferralEndpoint
{
    public const string Scope = "matching-and-contact";
    public const string TakenBy = "public-form";

    /// <summary>
    /// The one endpoint reachable without a token. The gateway rate-limits it per client address; here it
    /// accepts only the form's shape and only for a program that has its form open.
    /// </summary>
    public static RouteHandlerBuilder MapSubmitSelfReferral(this RouteGroupBuilder group) =>
        group.MapPost("/self-referrals", HandleAsync)
            .AllowAnonymous()
            .WithValidation()
            .WithName("SubmitSelfReferral")
            .WithSummary("A parent refers themselves through a program's public form (no token; rate-limited per address)")
            .Produces<SelfReferralAccepted>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(SelfReferralRequest request, ReferralDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        // An anonymous caller has no programs, so the program filter would hide every program: this lookup is
        // deliberately unfiltered, and reveals only whether a program's form is open.
        var open = await db.Programs.IgnoreQueryFilters()
            .AnyAsync(p => p.ProgramId == request.ProgramId && p.AcceptingSelfReferrals, cancellationToken);
        if (!open)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: "No program with that id takes self-referrals.");
        }

        var rules = new FieldErrors().NotAnonymous(request.Parent);
        if (request.Consent?.Agreed != true)
        {
            rules.Add("consent.agreed", "must be true: the parent's own consent is needed to refer.");
        }
        if (!rules.IsEmpty)
        {
            return rules.ToProblem(StatusCodes.Status422UnprocessableEntity, IntakeRules.Reason);
        }

        var now = clock.GetUtcNow();
        var referral = ReferralIntake.NewReferral(request.ProgramId!, ReferralSource.Self, request.Parent!, request.Child, request.Case, request.Needs,
            new Consent { GivenAt = now, Scope = Scope }, now);
        db.Take(referral, TakenBy);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted((string?)null, new SelfReferralAccepted(referral.Id, referral.Status));
    }
}
