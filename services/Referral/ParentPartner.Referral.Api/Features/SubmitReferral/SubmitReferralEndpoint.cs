using System.Security.Claims;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Referral.Api.Features.SubmitReferral;

public static class SubmitReferralEndpoint
{
    public static RouteHandlerBuilder MapSubmitReferral(this RouteGroupBuilder group) =>
        group.MapPost("/", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator))
            .WithValidation()
            .WithName("SubmitReferral")
            .WithSummary("Take in a referral for one of your programs")
            .Produces<ReferralResponse>(StatusCodes.Status201Created)
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
        var rules = IntakeRules.Check(request, now);
        if (!rules.IsEmpty)
        {
            return rules.ToProblem(StatusCodes.Status422UnprocessableEntity,
                "No anonymous referrals, and none without the parent's own consent: the parent's name, a way to reach them, and their consent are required.");
        }

        var referral = new Domain.Referral
        {
            Id = Guid.CreateVersion7(),
            ProgramId = request.ProgramId!,
            Source = request.Source!.Value,
            ReferrerOrganisation = request.Referrer?.Organisation?.Trim(),
            ReferrerContact = request.Referrer?.Contact?.Trim(),
            Status = ReferralStatus.Received,
            ReceivedAt = now,
            CreatedBy = user.SubjectId(),
            Parent = new ParentContact
            {
                FirstName = request.Parent!.FirstName!.Trim(),
                LastName = request.Parent.LastName!.Trim(),
                Email = request.Parent.Email?.Trim(),
                Phone = request.Parent.Phone?.Trim(),
                PreferredLanguages = [.. (request.Parent.PreferredLanguages ?? []).Select(l => l!)],
                County = request.Parent.County?.Trim(),
            },
            Consent = new Consent { GivenAt = request.Consent!.GivenAt!.Value, Scope = request.Consent.Scope!.Trim() },
        };

        db.Referrals.Add(referral);
        db.Publish(new ReferralReceived
        {
            ReferralId = referral.Id,
            ProgramId = referral.ProgramId,
            Source = referral.Source.ToString(),
            ReceivedAt = referral.ReceivedAt,
        });
        await db.SaveChangesAsync(cancellationToken);

        return TypedResults.Created($"/api/referrals/{referral.Id}", ReferralResponse.From(referral));
    }
}
