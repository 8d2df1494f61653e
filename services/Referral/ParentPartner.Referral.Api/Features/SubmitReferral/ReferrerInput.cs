namespace ParentPartner.Referral.Api.Features.SubmitReferral;

/// <summary>The referring organisation (hospital, agency, court…) and how to reach the person who referred.</summary>
public sealed record ReferrerInput
{
    public string? Organisation { get; init; }

    public string? Contact { get; init; }

    /// <summary>
    /// The organisation's client id with the identity provider, when it has one: its client may then follow the
    /// referral's status. Taken from the token when the organisation's own client submits.
    /// </summary>
    public string? OrganisationId { get; init; }
}
