namespace ParentPartner.Referral.Api.Features.Intake;

/// <summary>The parent: who they are, how to reach them, and what matching needs to know about them.</summary>
public sealed record ParentInput
{
    /// <summary>The parent's first name (required, at most 100 characters).</summary>
    public string? FirstName { get; init; }

    /// <summary>The parent's last name (required, at most 100 characters).</summary>
    public string? LastName { get; init; }

    /// <summary>An email address to reach the parent; an email or a phone is required.</summary>
    public string? Email { get; init; }

    /// <summary>A phone number to reach the parent (digits, spaces, + - ( ) allowed); an email or a phone is required.</summary>
    public string? Phone { get; init; }

    /// <summary>BCP 47 tags, most preferred first.</summary>
    public List<string?>? PreferredLanguages { get; init; }

    /// <summary>The county the family lives in (matching prefers support parents nearby).</summary>
    public string? County { get; init; }

    /// <summary>When the parent can meet outside office hours.</summary>
    public AvailabilityInput? Availability { get; init; }

    /// <summary>The parent is a father who asks for a father as support parent.</summary>
    public bool? FatherToFather { get; init; }

    /// <summary>Only when the family chooses to give it.</summary>
    public string? CulturalBackground { get; init; }
}
