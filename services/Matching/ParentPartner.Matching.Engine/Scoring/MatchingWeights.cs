namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>
/// Relative weights of the score terms (a per-program setting). Any non-negative integers; they are
/// scaled so the maximum score is 100.
/// </summary>
public sealed record MatchingWeights
{
    public static MatchingWeights Default { get; } = new();

    public int Experience { get; init; } = 35;
    public int ChildAge { get; init; } = 15;
    public int County { get; init; } = 15;
    public int Language { get; init; } = 5;
    public int Availability { get; init; } = 15;
    public int CulturalBackground { get; init; } = 5;
    public int LoadBalance { get; init; } = 10;

    /// <summary>0 by default here, so the engine's own default keeps the seven-term score; programs set it (matching's default is 10).</summary>
    public int QualitiesHopedFor { get; init; }

    public int this[ScoreTerm term] => term switch
    {
        ScoreTerm.Experience => Experience,
        ScoreTerm.ChildAge => ChildAge,
        ScoreTerm.County => County,
        ScoreTerm.Language => Language,
        ScoreTerm.Availability => Availability,
        ScoreTerm.CulturalBackground => CulturalBackground,
        ScoreTerm.LoadBalance => LoadBalance,
        ScoreTerm.QualitiesHopedFor => QualitiesHopedFor,
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };
}
