namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>The terms of the soft score, in the order a breakdown lists them.</summary>
public enum ScoreTerm
{
    /// <summary>Same condition category (P2P) or case stage lived through (child welfare).</summary>
    Experience,
    ChildAge,
    County,

    /// <summary>Speaks the family's first-preference language (beyond the shared-language minimum).</summary>
    Language,
    Availability,

    /// <summary>Only when the family asked for it.</summary>
    CulturalBackground,

    /// <summary>Prefers support parents with more of their caseload free.</summary>
    LoadBalance,

    /// <summary>The share of the family's scorable hoped-for qualities the support parent has (see <see cref="Quality"/>).</summary>
    QualitiesHopedFor,
}
