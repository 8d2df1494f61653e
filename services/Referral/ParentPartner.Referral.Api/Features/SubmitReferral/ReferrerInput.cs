namespace ParentPartner.Referral.Api.Features.SubmitReferral;

/// <summary>The referring organisation (hospital, agency, court…) and how to reach the person who referred.</summary>
public sealed record ReferrerInput
{
    public string? Organisation { get; init; }

    public string? Contact { get; init; }
}
