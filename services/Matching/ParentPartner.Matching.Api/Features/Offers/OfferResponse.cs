using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Features.Offers;

/// <param name="AnsweredBy">Who answered or withdrew it (a token subject; "system" for an expiry).</param>
/// <param name="AnswerChannel">How the answer came in: app, or phone/text/email/in-person when a coordinator recorded it.</param>
public sealed record OfferResponse(
    Guid OfferId, Guid ReferralId, Guid SupportParentId, OfferStatus Status, DateTimeOffset OfferedAt, DateTimeOffset ExpiresAt, string? DeclineReason,
    DateTimeOffset? AnsweredAt = null, string? AnsweredBy = null, AnswerChannel? AnswerChannel = null, string? WithdrawReason = null)
{
    public static OfferResponse From(Offer offer) =>
        new(offer.Id, offer.ReferralId, offer.SupportParentId, offer.Status, offer.OfferedAt, offer.ExpiresAt, offer.DeclineReason,
            offer.AnsweredAt, offer.AnsweredBy, offer.AnswerChannel, offer.WithdrawReason);
}
