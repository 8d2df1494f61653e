using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Features.Offers;

public sealed record OfferResponse(Guid OfferId, Guid ReferralId, Guid SupportParentId, OfferStatus Status, DateTimeOffset OfferedAt, DateTimeOffset ExpiresAt, string? DeclineReason)
{
    public static OfferResponse From(Offer offer) =>
        new(offer.Id, offer.ReferralId, offer.SupportParentId, offer.Status, offer.OfferedAt, offer.ExpiresAt, offer.DeclineReason);
}
