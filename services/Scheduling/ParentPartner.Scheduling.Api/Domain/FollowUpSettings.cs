using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>
/// A program's follow-up rules (../shared/DESIGN.md): every number is the program's to set, with these defaults.
/// A change applies to plans made after it; plans already made keep the dates they were given.
/// </summary>
public sealed class FollowUpSettings : IProgramOwned
{
    public required string ProgramId { get; init; }

    /// <summary>The program's IANA zone: months, weeks and the day a contact counts on are read on its wall clock.</summary>
    public string TimeZone { get; set; } = "America/Chicago";

    public int FirstContactHours { get; set; } = 48;

    public int FirstWeeksContacts { get; set; } = 4;

    public int FirstWeeks { get; set; } = 8;

    public int MonthlyVisits { get; set; } = 4;

    public int VisitMonths { get; set; } = 3;

    public int MonthlyHoursMin { get; set; } = 7;

    public int MonthlyHoursMax { get; set; } = 10;

    public int WeekCheckInDays { get; set; } = 7;

    public int OutcomeSurveyWeeks { get; set; } = 8;

    public int EndOfMatchReviewDays { get; set; } = 14;

    /// <summary>Weeks of lighter continued support after a match ends, closed by a coordinator check-in; 0 (the default) is off.</summary>
    public int ContinuedSupportWeeks { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public static FollowUpSettings Default(string programId) => new() { ProgramId = programId };
}
