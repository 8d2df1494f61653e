namespace ParentPartner.Matching.Api.Features.Settings;

/// <summary>The soft score's weights as the settings body carries them (all required on PUT).</summary>
public sealed record ScoreWeights
{
    public int? Experience { get; init; }
    public int? ChildAge { get; init; }
    public int? County { get; init; }
    public int? Language { get; init; }
    public int? Availability { get; init; }
    public int? CulturalBackground { get; init; }
    public int? LoadBalance { get; init; }

    /// <summary>The hoped-for qualities term; optional on PUT (the default, 10, when left out).</summary>
    public int? QualitiesHopedFor { get; init; }

    public IEnumerable<(string Name, int? Value)> All() =>
    [
        ("experience", Experience), ("childAge", ChildAge), ("county", County), ("language", Language),
        ("availability", Availability), ("culturalBackground", CulturalBackground), ("loadBalance", LoadBalance),
    ];
}
