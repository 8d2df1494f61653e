using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.RevokeConsent;

/// <summary>When the parent withdrew their consent (defaults to now).</summary>
/// <example>{"revokedAt":"2026-12-07T22:00:00Z"}</example>
public sealed record RevokeConsentRequest : IValidatableRequest
{
    /// <summary>When the parent withdrew consent; defaults to now, never in the future.</summary>
    public DateTimeOffset? RevokedAt { get; init; }

    public FieldErrors Validate() => new();
}
