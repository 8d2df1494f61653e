namespace ParentPartner.Referral.Api.Features.Intake;

/// <summary>The diagnosis or specific challenges, why the parent seeks support, qualities hoped for, and preferences.</summary>
public sealed record NeedsInput
{
    /// <summary>The diagnosis or specific challenges the family faces, in the coordinator's words.</summary>
    public string? Challenges { get; init; }

    /// <summary>Why the parent seeks a parent partner now.</summary>
    public string? ReasonForSupport { get; init; }

    /// <summary>Qualities the parent hopes for in a support parent (codes such as "same-diagnosis", "bilingual").</summary>
    public List<string?>? QualitiesHopedFor { get; init; }

    /// <summary>Anything else the parent asked for (days, places, gender of the support parent).</summary>
    public string? Preferences { get; init; }

    /// <summary>Consider the family's cultural background in matching (needs parent.culturalBackground).</summary>
    public bool? CulturalMatch { get; init; }
}
