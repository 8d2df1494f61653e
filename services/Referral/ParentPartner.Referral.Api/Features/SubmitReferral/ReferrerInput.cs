namespace ParentPartner.Referral.Api.Features.SubmitReferral;

/// <summary>The referring organisation (hospital, agency, court…) and how to reach the person who referred.</summary>
public sealed record ReferrerInput
{
    /// <summary>The referring organisation's name.</summary>
    public string? Organisation { get; init; }

    /// <summary>How to reach the person who referred (a name with a phone or email).</summary>
    public string? Contact { get; init; }

    /// <summary>
    /// The organisation's client id with the identity provider, when it has one: its client may then follow the
    /// referral's status. Taken from the token when the organisation's own client submits.
    /// </summary>
    public string? OrganisationId { get; init; }
}
