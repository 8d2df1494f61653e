namespace ParentPartner.Reporting.Api.Domain;

/// <summary>
/// The follow-up practice the report measures against (scheduling's defaults): P2P USA's first contact within
/// 48 hours of the match and at least 4 contacts in the first 8 weeks; Iowa's 7–10 parent-partner hours a month.
/// </summary>
public static class FollowUpTargets
{
    public static readonly TimeSpan FirstContactWithin = TimeSpan.FromHours(48);
    public static readonly TimeSpan FirstWeeks = TimeSpan.FromDays(8 * 7);
    public const int FirstWeeksContacts = 4;
    public const int MonthlyMinutesAtLeast = 7 * 60;
    public const int MonthlyMinutesAtMost = 10 * 60;

    public const string P2p = "p2p";
    public const string ChildWelfare = "child-welfare";
}
