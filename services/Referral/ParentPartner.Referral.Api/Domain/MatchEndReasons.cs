namespace ParentPartner.Referral.Api.Domain;

/// <summary>Why a match ended, as matching names it; the closure reason a closed referral keeps.</summary>
public static class MatchEndReasons
{
    public const string GoalsMet = "goals-met";
    public const string FamilyWithdrew = "family-withdrew";
    public const string Reunified = "reunified";
    public const string CaseClosed = "case-closed";
    public const string Other = "other";

    private static readonly string[] Known = [GoalsMet, FamilyWithdrew, Reunified, CaseClosed, Other];

    /// <summary>A known code as it is, or "other": the reason goes into a 40-character code column and to the reports, never free text.</summary>
    public static string Normalise(string? reason) =>
        Known.FirstOrDefault(code => string.Equals(code, reason?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? Other;

    /// <summary>
    /// What the referring organisation is told: that the support was completed or ended, not why (whether a family
    /// withdrew or a case closed is the family's business).
    /// </summary>
    public static string ForReferrer(string? reason) => Normalise(reason) is GoalsMet or Reunified ? "support-completed" : "support-ended";
}
