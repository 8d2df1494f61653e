using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Matching.Api.Features.Offers;

/// <summary>What accepting and declining share: only the support parent offered may answer, and only while the offer is open.</summary>
internal static class OwnOffer
{
    /// <summary>The offer, only when it is the caller's own (anyone else's is indistinguishable from none).</summary>
    public static async Task<Offer?> FindAsync(Guid offerId, MatchingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subject = user.SubjectId();
        if (subject is null || await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken) is not { } offer)
        {
            return null;
        }
        var owner = await db.Pool.AsNoTracking().Where(m => m.Id == offer.SupportParentId).Select(m => m.UserSubject).FirstOrDefaultAsync(cancellationToken);
        return owner == subject ? offer : null;
    }

    public static bool IsOpen(Offer offer, DateTimeOffset now) => offer.Status == OfferStatus.Pending && offer.ExpiresAt > now;

    public static IResult NotOpen(Offer offer) =>
        Problem.Conflict(offer.Status == OfferStatus.Pending ? "The offer has expired." : $"The offer is already {KebabEnum.Name(offer.Status)}.");
}
