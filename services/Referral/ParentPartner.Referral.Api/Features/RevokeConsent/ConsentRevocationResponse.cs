using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.RevokeConsent;

public sealed record ConsentRevocationResponse(Guid ReferralId, ReferralStatus Status, DateTimeOffset RevokedAt, DateTimeOffset PersonalDataErasedAt);
