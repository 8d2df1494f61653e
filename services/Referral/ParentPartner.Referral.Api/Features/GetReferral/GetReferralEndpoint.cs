using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Referral.Api.Features.GetReferral;

public static class GetReferralEndpoint
{
    public static RouteHandlerBuilder MapGetReferral(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("GetReferral")
            .WithSummary("A referral of one of your programs")
            .Produces<Features.ReferralResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    // The program query filter hides other programs' referrals, so they are a plain 404.
    private static async Task<IResult> HandleAsync(Guid id, ReferralDbContext db, CancellationToken cancellationToken) =>
        await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is { } referral
            ? TypedResults.Ok(Features.ReferralResponse.From(referral))
            : Problem.NotFound("referral");
}
