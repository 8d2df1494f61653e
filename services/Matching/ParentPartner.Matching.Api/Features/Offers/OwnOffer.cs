using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Offers;

/// <summary>
/// What accepting and declining share: the support parent offered answers their own offer in the app; a coordinator
/// of the offer's program records the answer for them (many volunteers have no login), saying how it was given.
/// </summary>
internal static class OwnOffer
{
    /// <summary>The roles that may answer an offer: its support parent, or a coordinator recording the answer.</summary>
    public static readonly string[] AnsweringRoles = [Roles.SupportParent, Roles.ProgramCoordinator, Roles.ProgramAdmin];

    /// <summary>A coordinator (or admin) records the answer on the support parent's behalf.</summary>
    public static bool OnBehalf(ClaimsPrincipal user) => user.IsInRole(Roles.ProgramCoordinator) || user.IsInRole(Roles.ProgramAdmin);

    /// <summary>
    /// The offer the caller may answer: a coordinator, any of their programs' (the query filter hides the rest); a support
    /// parent, only their own (anyone else's is indistinguishable from none).
    /// </summary>
    public static async Task<Offer?> FindAsync(Guid offerId, MatchingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subject = user.SubjectId();
        if (subject is null || await db.Offers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == offerId, cancellationToken) is not { } offer)
        {
            return null;
        }
        if (OnBehalf(user))
        {
            return offer;
        }
        var owner = await db.Pool.AsNoTracking().Where(m => m.Id == offer.SupportParentId).Select(m => m.UserSubject).FirstOrDefaultAsync(cancellationToken);
        return owner == subject ? offer : null;
    }

    /// <summary>
    /// The channel the answer came by: a coordinator must say how the support parent told them (not "app"); a support
    /// parent answering themselves answers in the app.
    /// </summary>
    public static FieldErrors Channel(ClaimsPrincipal user, AnswerChannel? given, out AnswerChannel channel)
    {
        var errors = new FieldErrors();
        channel = given ?? AnswerChannel.App;
        if (OnBehalf(user))
        {
            if (given is null)
            {
                errors.Add("channel", "is required when a coordinator records the answer: phone, text, email or in-person.");
            }
            else if (given == AnswerChannel.App)
            {
                errors.Add("channel", "must say how the support parent gave the answer: phone, text, email or in-person.");
            }
        }
        else if (given is not null and not AnswerChannel.App)
        {
            errors.Add("channel", "is only for a coordinator recording the answer; answering yourself is in the app.");
        }
        return errors;
    }

    public static bool IsOpen(Offer offer, DateTimeOffset now) => offer.Status == OfferStatus.Pending && offer.ExpiresAt > now;

    public static IResult NotOpen(Offer offer) =>
        Problem.Conflict(offer.Status == OfferStatus.Pending ? "The offer has expired." : $"The offer is already {KebabEnum.Name(offer.Status)}.");
}
