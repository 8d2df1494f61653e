namespace ParentPartner.Reporting.Api.Features.FollowUp;

/// <summary>The follow-up report as long-format CSV rows, month by month and then the total; figure names are the JSON names in kebab-case.</summary>
public static class FollowUpCsv
{
    public const string TotalMonth = "total";

    public static IEnumerable<FollowUpCsvRow> Rows(FollowUpResponse report) =>
        report.Months.Append(report.Total).SelectMany(Rows);

    private static IEnumerable<FollowUpCsvRow> Rows(FollowUpMonth m)
    {
        var month = m.Month ?? TotalMonth;
        yield return new(month, "contacts", "", m.Contacts);
        yield return new(month, "hours", "", m.Hours);
        foreach (var row in Share(month, "first-contact-within-48-hours", m.FirstContactWithin48Hours)) yield return row;
        foreach (var row in Share(month, "four-contacts-in-first-eight-weeks", m.FourContactsInFirstEightWeeks)) yield return row;
        foreach (var row in Share(month, "hours-within-seven-to-ten", m.HoursWithinSevenToTen)) yield return row;
        yield return new(month, "court-hearings-attended", "", m.CourtHearingsAttended);
        yield return new(month, "family-team-meetings-attended", "", m.FamilyTeamMeetingsAttended);
        yield return new(month, "no-shows", "", m.NoShows);
        foreach (var (who, count) in m.NoShowsBy) yield return new(month, "no-shows-by", who, count);
        yield return new(month, "overdue-plan-items", "", m.OverduePlanItems);
        foreach (var (kind, count) in m.OverduePlanItemsByKind) yield return new(month, "overdue-plan-items-by-kind", kind, count);
    }

    private static IEnumerable<FollowUpCsvRow> Share(string month, string figure, FollowUpShare share)
    {
        yield return new(month, figure, "counted", share.Counted);
        yield return new(month, figure, "met", share.Met);
        yield return new(month, figure, "pending", share.Pending);
        yield return new(month, figure, "share", share.Share);
    }
}
