namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>A pair's soft score (0–100) with each term's contribution.</summary>
public sealed record ScoreBreakdown
{
    /// <summary>The score in hundredths of a point (0–10,000): what the optimiser adds up.</summary>
    public required int ScoreHundredths { get; init; }

    public decimal Score => ScoreHundredths / 100m;

    public required IReadOnlyList<ScoreTermResult> Terms { get; init; }
}
