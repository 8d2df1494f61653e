namespace ParentPartner.Reporting.Api.Domain;

/// <summary>The reasons a match ends, as matching sends them and the national catalogue counts them.</summary>
public static class MatchEndReasons
{
    public const string GoalsMet = "goals-met";
    public const string FamilyWithdrew = "family-withdrew";
    public const string Reunified = "reunified";
    public const string CaseClosed = "case-closed";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [GoalsMet, FamilyWithdrew, Reunified, CaseClosed, Other];

    /// <summary>Kebab-case; a reason outside the list counts as "other".</summary>
    public static string Normalise(string? reason) =>
        Vocabulary.KebabOrNull(reason) is { } kebab && All.Contains(kebab) ? kebab : Other;
}
