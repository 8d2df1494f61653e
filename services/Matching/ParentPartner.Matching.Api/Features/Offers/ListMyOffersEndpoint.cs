using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Matching.Api.Features.Offers;

public static class ListMyOffersEndpoint
{
    public static RouteHandlerBuilder MapListMyOffers(this RouteGroupBuilder group) =>
        group.MapGet("/offers/mine", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.SupportParent))
            .WithName("ListMyOffers")
            .WithSummary("The calling support parent's open offers")
            .Produces<IReadOnlyList<OfferResponse>>();

    private static async Task<IResult> HandleAsync(MatchingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subject = user.SubjectId();
        var mine = await db.Pool.AsNoTracking().Where(m => m.UserSubject != null && m.UserSubject == subject).Select(m => m.Id).ToListAsync(cancellationToken);
        var list = await db.Offers.AsNoTracking().Where(o => mine.Contains(o.SupportParentId) && o.Status == OfferStatus.Pending)
            .OrderBy(o => o.ExpiresAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(list.Select(OfferResponse.From).ToList());
    }
}
