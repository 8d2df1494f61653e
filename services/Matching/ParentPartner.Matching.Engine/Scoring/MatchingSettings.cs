namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>A program's matching settings.</summary>
public sealed record MatchingSettings
{
    public static MatchingSettings Default { get; } = new();

    public MatchingWeights Weights { get; init; } = MatchingWeights.Default;

    /// <summary>Children this many years apart (or more) get no child-age nearness; nearness falls linearly to it.</summary>
    public int ChildAgeWindowYears { get; init; } = 6;

    public ICountyProximity? CountyProximity { get; init; }
}
