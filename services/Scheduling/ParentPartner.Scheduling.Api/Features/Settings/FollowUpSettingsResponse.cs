using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Settings;

/// <summary>The program's follow-up rules; <c>isDefault</c> is true while the program has never changed them.</summary>
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
