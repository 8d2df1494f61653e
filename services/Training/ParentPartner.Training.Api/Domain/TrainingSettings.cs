using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Training.Api.Domain;

/// <summary>A program's training rules. Every number is a per-program setting; the defaults come from the programs' published practice.</summary>
public sealed class TrainingSettings : IProgramOwned
{
    public const string DefaultTimeZone = "America/Chicago";
    public const int DefaultEligibilityMonths = 12;
    public const int DefaultRecoveryMonths = 12;
    public const int DefaultSupplementalDueDays = 365;
    public const int DefaultCohortMinSeats = 8;
    public const int DefaultCohortMaxSeats = 12;
    public const int DefaultMaxCaseload = 15;

    public required string ProgramId { get; init; }

    /// <summary>IANA time zone id: sessions are stored in UTC and shown in this zone; "today" is this zone's date.</summary>
    public string TimeZone { get; set; } = DefaultTimeZone;

    /// <summary>Months since the applicant's own child-welfare case was resolved.</summary>
    public int EligibilityMonths { get; set; } = DefaultEligibilityMonths;

    /// <summary>Months in recovery, where recovery applies.</summary>
    public int RecoveryMonths { get; set; } = DefaultRecoveryMonths;

    public int SupplementalDueDays { get; set; } = DefaultSupplementalDueDays;

    public int CohortMinSeats { get; set; } = DefaultCohortMinSeats;

    public int CohortMaxSeats { get; set; } = DefaultCohortMaxSeats;

    public int DefaultMaxCaseloadPerParent { get; set; } = DefaultMaxCaseload;

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public ProgramCalendar Calendar => ProgramCalendar.For(TimeZone);
}
