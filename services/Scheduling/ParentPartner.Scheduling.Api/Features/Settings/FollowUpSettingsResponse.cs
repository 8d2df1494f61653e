using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Settings;

/// <summary>The program's follow-up rules; <c>isDefault</c> is true while the program has never changed them.</summary>
/// <param name="ProgramId">The program.</param>
/// <param name="TimeZone">The program's IANA time zone; months and due days count in it.</param>
/// <param name="FirstContactHours">Hours after the match within which the support parent reaches the family.</param>
/// <param name="FirstWeeksContacts">P2P: contacts needed in the first weeks.</param>
/// <param name="FirstWeeks">P2P: how many first weeks those contacts are counted over.</param>
/// <param name="MonthlyVisits">Child welfare: face-to-face visits needed per month.</param>
/// <param name="VisitMonths">Child welfare: for how many first months visits are counted.</param>
/// <param name="MonthlyHoursMin">Child welfare: the fewest hours with the family per month.</param>
/// <param name="MonthlyHoursMax">Child welfare: the most hours per month before a month is flagged.</param>
/// <param name="WeekCheckInDays">Days after the match for the coordinator's first check-in.</param>
/// <param name="OutcomeSurveyWeeks">Weeks after the match for the family's outcome survey.</param>
/// <param name="EndOfMatchReviewDays">Days after a match ends for the coordinator's review.</param>
/// <param name="ContinuedSupportWeeks">Weeks of continued support after a case closes; 0 when the program has none.</param>
/// <param name="UpdatedAt">When the rules last changed (UTC); null while the defaults apply.</param>
/// <param name="IsDefault">True while the program has never changed its rules.</param>
public sealed record FollowUpSettingsResponse(
    string ProgramId,
    string TimeZone,
    int FirstContactHours,
    int FirstWeeksContacts,
    int FirstWeeks,
    int MonthlyVisits,
    int VisitMonths,
    int MonthlyHoursMin,
    int MonthlyHoursMax,
    int WeekCheckInDays,
    int OutcomeSurveyWeeks,
    int EndOfMatchReviewDays,
    int ContinuedSupportWeeks,
    bool IsDefault,
    DateTimeOffset? UpdatedAt)
{
    public static FollowUpSettingsResponse From(FollowUpSettings s) => new(
        s.ProgramId, s.TimeZone, s.FirstContactHours, s.FirstWeeksContacts, s.FirstWeeks, s.MonthlyVisits, s.VisitMonths,
        s.MonthlyHoursMin, s.MonthlyHoursMax, s.WeekCheckInDays, s.OutcomeSurveyWeeks, s.EndOfMatchReviewDays, s.ContinuedSupportWeeks, s.UpdatedAt is null, s.UpdatedAt);
}
