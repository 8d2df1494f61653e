namespace ParentPartner.Referral.Api.Features.SelfReferral;

/// <summary>The form's consent box: the parent agrees to be contacted and matched.</summary>
public sealed record SelfReferralConsentInput
{
    public bool? Agreed { get; init; }
}
