namespace ParentPartner.Referral.Api.Features.Intake;

/// <summary>The diagnosis or specific challenges, why the parent seeks support, qualities hoped for, and preferences.</summary>
public sealed record NeedsInput
{
    public string? Challenges { get; init; }

    public string? ReasonForSupport { get; init; }

    public List<string?>? QualitiesHopedFor { get; init; }

    public string? Preferences { get; init; }

    /// <summary>Consider the family's cultural background in matching (needs parent.culturalBackground).</summary>
    public bool? CulturalMatch { get; init; }
}
