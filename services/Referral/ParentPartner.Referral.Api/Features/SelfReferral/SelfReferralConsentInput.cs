namespace ParentPartner.Referral.Api.Features.SelfReferral;

/// <summary>The form's consent box: the parent agrees to be contacted and matched.</summary>
public sealed record SelfReferralConsentInput
{
    /// <summary>Must be true: the parent agrees to be contacted and matched.</summary>
    public bool? Agreed { get; init; }
}
