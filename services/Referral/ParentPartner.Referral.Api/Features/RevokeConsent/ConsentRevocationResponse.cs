using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.RevokeConsent;

/// <summary>The outcome of revoking consent: the referral is withdrawn and its personal data erased everywhere.</summary>
/// <param name="ReferralId">The referral whose consent was revoked.</param>
/// <param name="Status">The referral's status afterwards.</param>
/// <param name="RevokedAt">When the parent withdrew consent.</param>
/// <param name="PersonalDataErasedAt">When referral erased the personal data (the other services follow from its event).</param>
public sealed record ConsentRevocationResponse(Guid ReferralId, ReferralStatus Status, DateTimeOffset RevokedAt, DateTimeOffset PersonalDataErasedAt);
