namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>One term of a score: how well the pair does on it and what that is worth.</summary>
/// <param name="Term">The term.</param>
/// <param name="Applies">False when the referral (or the pair) gives nothing to compare; the term then scores 0 for every candidate.</param>
/// <param name="Weight">The most points this term can give, out of 100.</param>
/// <param name="Value">How well the pair does on the term, 0 to 1 (two decimals).</param>
/// <param name="Points">Weight × Value (two decimals); the terms' points add up to the score.</param>
/// <param name="Explanation">A short reason, free of personal data.</param>
public sealed record ScoreTermResult(
    ScoreTerm Term,
    bool Applies,
    int Weight,
    decimal Value,
    decimal Points,
    string Explanation);
