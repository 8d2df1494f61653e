namespace ParentPartner.Contracts.Matching;

/// <summary>The codes <see cref="MatchEnded.Reason"/> carries; every consumer reads them through <see cref="Normalise"/>.</summary>
public static class MatchEndReasons
{
    public const string GoalsMet = "goals-met";
    public const string FamilyWithdrew = "family-withdrew";
    public const string Reunified = "reunified";
    public const string CaseClosed = "case-closed";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [GoalsMet, FamilyWithdrew, Reunified, CaseClosed, Other];

    /// <summary>
    /// A known code, or "other": a reason goes into short code columns and the reports, never free text. Case and
    /// hyphens are ignored, so events stored before the wire was kebab-case ("GoalsMet") still read.
    /// </summary>
    public static string Normalise(string? reason)
    {
        var folded = Fold(reason);
        return All.FirstOrDefault(code => Fold(code) == folded) ?? Other;
    }

    private static string Fold(string? value) => (value ?? "").Replace("-", "").Replace("_", "").Trim().ToLowerInvariant();
}
