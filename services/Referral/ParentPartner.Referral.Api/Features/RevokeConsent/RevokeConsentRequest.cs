using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.RevokeConsent;

/// <summary>When the parent withdrew their consent (defaults to now).</summary>
public sealed record RevokeConsentRequest : IValidatableRequest
{
    public DateTimeOffset? RevokedAt { get; init; }

    public FieldErrors Validate() => new();
}
