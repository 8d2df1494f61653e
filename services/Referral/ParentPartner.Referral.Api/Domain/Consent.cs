namespace ParentPartner.Referral.Api.Domain;

/// <summary>The parent's own agreement to be referred: a third party may refer, the parent must agree.</summary>
public sealed class Consent
{
    public DateTimeOffset GivenAt { get; set; }

    public required string Scope { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
