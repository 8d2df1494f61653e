namespace ParentPartner.Reporting.Api.Features.FollowUp;

/// <summary>
/// One month's follow-up figures (<see cref="Month"/> as yyyy-MM; null for the period's total). Contacts and hours
/// count non-voided contacts at their latest revision by the day they happened in the program's time zone;
/// the 48-hour and 8-week shares count the matches made in the month; the 7–10 hours share counts child-welfare
/// matches active in the month; hearings, meetings and no-shows go by the appointment's start; overdue items by their due time.
/// </summary>
public sealed record FollowUpMonth(
    string? Month,
    int Contacts,
    decimal Hours,
    FollowUpShare FirstContactWithin48Hours,
    FollowUpShare FourContactsInFirstEightWeeks,
    FollowUpShare HoursWithinSevenToTen,
    int CourtHearingsAttended,
    int FamilyTeamMeetingsAttended,
    int NoShows,
    IReadOnlyDictionary<string, int> NoShowsBy,
    int OverduePlanItems,
    IReadOnlyDictionary<string, int> OverduePlanItemsByKind);
