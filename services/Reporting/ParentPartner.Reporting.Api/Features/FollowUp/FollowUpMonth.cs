namespace ParentPartner.Reporting.Api.Features.FollowUp;

/// <summary>
/// One month's follow-up figures (<see cref="Month"/> as yyyy-MM; null for the period's total). Contacts and hours
/// count non-voided contacts at their latest revision by the day they happened in the program's time zone;
/// the 48-hour and 8-week shares count the matches made in the month; the 7–10 hours share counts child-welfare
/// matches active in the month; hearings, meetings and no-shows go by the appointment's start; overdue items by their due time.
/// </summary>
/// <param name="Month">The month as yyyy-MM; null for the period's total.</param>
/// <param name="Contacts">Contacts that happened in the month.</param>
/// <param name="Hours">Their length in hours.</param>
/// <param name="FirstContactWithin48Hours">Matches made in the month whose first contact came within 48 hours.</param>
/// <param name="FourContactsInFirstEightWeeks">Matches made in the month with 4 contacts in their first 8 weeks (P2P).</param>
/// <param name="HoursWithinSevenToTen">Child-welfare matches active in the month with 7 to 10 hours in it.</param>
/// <param name="CourtHearingsAttended">Court hearings fulfilled in the month.</param>
/// <param name="FamilyTeamMeetingsAttended">Family team meetings fulfilled in the month.</param>
/// <param name="NoShows">No-show appointments that started in the month.</param>
/// <param name="NoShowsBy">No-shows by who did not show: family, support-parent or other.</param>
/// <param name="OverduePlanItems">Plan items that fell due in the month and went overdue.</param>
/// <param name="OverduePlanItemsByKind">Those by plan item kind (kebab-case keys).</param>
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
