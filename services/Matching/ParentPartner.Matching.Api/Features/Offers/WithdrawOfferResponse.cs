namespace ParentPartner.Matching.Api.Features.Offers;

/// <param name="NextOffer">The offer made at once to the next best candidate; null when nobody eligible is left (the referral waits in the queue).</param>
/// <summary>The withdrawn offer and the next one made in its place.</summary>
/// <param name="Withdrawn">The offer as withdrawn.</param>
public sealed record WithdrawOfferResponse(OfferResponse Withdrawn, OfferResponse? NextOffer);
