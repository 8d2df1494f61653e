namespace ParentPartner.Referral.Api.Domain;

/// <summary>The parent seeking support: personal data, erased when consent is revoked.</summary>
public sealed class ParentContact
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>BCP 47 tags, most preferred first.</summary>
    public List<string> PreferredLanguages { get; set; } = [];

    public string? County { get; set; }

    public bool AvailableEvenings { get; set; }

    public bool AvailableWeekends { get; set; }

    public bool FatherToFatherWanted { get; set; }

    /// <summary>Only when the family chooses to give it.</summary>
    public string? CulturalBackground { get; set; }
}
