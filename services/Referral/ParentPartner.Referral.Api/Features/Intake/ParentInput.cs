namespace ParentPartner.Referral.Api.Features.Intake;

/// <summary>The parent: who they are, how to reach them, and what matching needs to know about them.</summary>
public sealed record ParentInput
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    /// <summary>BCP 47 tags, most preferred first.</summary>
    public List<string?>? PreferredLanguages { get; init; }

    public string? County { get; init; }

    public AvailabilityInput? Availability { get; init; }

    public bool? FatherToFather { get; init; }

    /// <summary>Only when the family chooses to give it.</summary>
    public string? CulturalBackground { get; init; }
}
