using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Features.Offers;

/// <param name="AnsweredBy">Who answered or withdrew it (a token subject; "system" for an expiry).</param>
/// <param name="AnswerChannel">How the answer came in: app, or phone/text/email/in-person when a coordinator recorded it.</param>
/// <summary>An offer of a referral to a support parent.</summary>
/// <param name="OfferId">The offer's id.</param>
/// <param name="ReferralId">The referral offered.</param>
/// <param name="SupportParentId">The support parent it was offered to.</param>
/// <param name="Status">Pending, accepted, declined, expired or withdrawn.</param>
/// <param name="OfferedAt">When it was made (UTC).</param>
/// <param name="ExpiresAt">When it expires unanswered (UTC).</param>
/// <param name="DeclineReason">The decline reason code, when declined; else null.</param>
/// <param name="AnsweredAt">When it was answered or withdrawn (UTC); null while pending.</param>
/// <param name="WithdrawReason">The withdraw reason code, when withdrawn; else null.</param>
public sealed record OfferResponse(
    Guid OfferId, Guid ReferralId, Guid SupportParentId, OfferStatus Status, DateTimeOffset OfferedAt, DateTimeOffset ExpiresAt, string? DeclineReason,
    DateTimeOffset? AnsweredAt = null, string? AnsweredBy = null, AnswerChannel? AnswerChannel = null, string? WithdrawReason = null)
{
    public static OfferResponse From(Offer offer) =>
        new(offer.Id, offer.ReferralId, offer.SupportParentId, offer.Status, offer.OfferedAt, offer.ExpiresAt, offer.DeclineReason,
            offer.AnsweredAt, offer.AnsweredBy, offer.AnswerChannel, offer.WithdrawReason);
}
