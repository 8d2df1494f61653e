namespace ParentPartner.Referral.Api.Domain;

/// <summary>The parent seeking support: personal data, erased when consent is revoked.</summary>
public sealed class ParentContact
{
    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>BCP 47 tags, most preferred first.</summary>
    public List<string> PreferredLanguages { get; set; } = [];

    public string? County { get; set; }
}
