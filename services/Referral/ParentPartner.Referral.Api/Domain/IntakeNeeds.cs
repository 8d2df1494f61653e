namespace ParentPartner.Referral.Api.Domain;

/// <summary>
/// What the family told intake about their needs: the diagnosis or specific challenges, why the parent
/// seeks support, the qualities hoped for in a support parent and any particular preferences.
/// Free text here is personal data and is erased when consent is revoked.
/// </summary>
public sealed class IntakeNeeds
{
    public string? Challenges { get; set; }

    public string? ReasonForSupport { get; set; }

    /// <summary>Short kebab-case tags matching can score on ("bilingual", "same-diagnosis").</summary>
    public List<string> QualitiesHopedFor { get; set; } = [];

    public string? Preferences { get; set; }

    /// <summary>The family asked that their cultural background be considered in matching.</summary>
    public bool CulturalMatchWanted { get; set; }
}
