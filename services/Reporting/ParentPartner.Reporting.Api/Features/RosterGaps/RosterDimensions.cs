namespace ParentPartner.Reporting.Api.Features.RosterGaps;

public static class RosterDimensions
{
    public const string Language = "language";
    public const string ConditionCategory = "condition-category";
    public const string CaseStage = "case-stage";
    public const string County = "county";

    public static IReadOnlyList<string> All { get; } = [Language, ConditionCategory, CaseStage, County];
}
