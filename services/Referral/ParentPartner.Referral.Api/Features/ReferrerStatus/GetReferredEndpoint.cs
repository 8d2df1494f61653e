using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Referral.Api.Features.ReferrerStatus;

public static class GetReferredEndpoint
{
    public static RouteHandlerBuilder MapGetReferred(this RouteGroupBuilder group) =>
        group.MapGet("/referred/{id:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ReferringOrganisation))
            .WithName("GetReferred")
            .WithSummary("Where a referral your organisation made stands, with the dates of each step")
            .Produces<ReferredStatusResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid id, ReferralDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var clientId = user.ClientId();
        var referral = await db.Referrals.AsNoTracking()
            .Include(r => r.StatusHistory)
            .FirstOrDefaultAsync(r => r.Id == id && clientId != null && r.ReferrerOrganisationId == clientId, cancellationToken);
        return referral is null ? Problem.NotFound("referral") : TypedResults.Ok(ReferredStatusResponse.From(referral, withHistory: true));
    }
}
