namespace ParentPartner.Matching.Api.Features.Settings;

/// <summary>The soft score's weights as the settings body carries them (all required on PUT).</summary>
public sealed record ScoreWeights
{
    /// <summary>Weight (0-100) of lived experience matching the family's challenges.</summary>
    public int? Experience { get; init; }
    /// <summary>Weight (0-100) of the support parent's children's ages near the family's child's.</summary>
    public int? ChildAge { get; init; }
    /// <summary>Weight (0-100) of living in the same county.</summary>
    public int? County { get; init; }
    /// <summary>Weight (0-100) of speaking a language the parent prefers.</summary>
    public int? Language { get; init; }
    /// <summary>Weight (0-100) of overlapping evening and weekend availability.</summary>
    public int? Availability { get; init; }
    /// <summary>Weight (0-100) of a shared cultural background, when the family asked for it.</summary>
    public int? CulturalBackground { get; init; }
    /// <summary>Weight (0-100) of spare caseload, so work spreads across support parents.</summary>
    public int? LoadBalance { get; init; }

    /// <summary>The hoped-for qualities term; optional on PUT (the default, 10, when left out).</summary>
    public int? QualitiesHopedFor { get; init; }

    public IEnumerable<(string Name, int? Value)> All() =>
    [
        ("experience", Experience), ("childAge", ChildAge), ("county", County), ("language", Language),
        ("availability", Availability), ("culturalBackground", CulturalBackground), ("loadBalance", LoadBalance),
    ];
}
