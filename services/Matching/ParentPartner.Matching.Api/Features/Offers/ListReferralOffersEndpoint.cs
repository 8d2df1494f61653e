using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Matching.Api.Features.Offers;

public static class ListReferralOffersEndpoint
{
    public static RouteHandlerBuilder MapListReferralOffers(this RouteGroupBuilder group) =>
        group.MapGet("/referrals/{referralId:guid}/offers", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("ListReferralOffers")
            .WithSummary("Every offer made for a referral, newest first")
            .Produces<IReadOnlyList<OfferResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid referralId, MatchingDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Queue.AnyAsync(r => r.Id == referralId, cancellationToken))
        {
            return Problem.NotFound("referral");
        }
        var list = await db.Offers.AsNoTracking().Where(o => o.ReferralId == referralId)
            .OrderByDescending(o => o.OfferedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.Select(OfferResponse.From).ToList());
    }
}
