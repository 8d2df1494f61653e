using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Domain;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Training.Api.Features.Settings;

/// <summary>The whole of a program's training settings (PUT replaces them all).</summary>
/// <example>{"timeZone":"America/Chicago","eligibilityMonths":12,"recoveryMonths":12,"supplementalDueDays":365,"cohortMinSeats":4,"cohortMaxSeats":16,"defaultMaxCaseload":3}</example>
public sealed record SettingsRequest : IValidatableRequest
{
    /// <summary>The program's IANA time zone (e.g. "America/Chicago"): dates and due dates follow its calendar.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Months after their own case closed before a parent may become a support parent.</summary>
    public int? EligibilityMonths { get; init; }

    /// <summary>Months in recovery required before a parent may become a support parent, where it applies.</summary>
    public int? RecoveryMonths { get; init; }

    /// <summary>Days after certification within which supplemental training is due.</summary>
    public int? SupplementalDueDays { get; init; }

    /// <summary>The fewest enrolments a cohort needs to run.</summary>
    public int? CohortMinSeats { get; init; }

    /// <summary>The most enrolments a cohort takes.</summary>
    public int? CohortMaxSeats { get; init; }

    /// <summary>How many families a new support parent may be matched with at once.</summary>
    public int? DefaultMaxCaseload { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Text("timeZone", TimeZone, 64, required: true)
            .Range("eligibilityMonths", EligibilityMonths, 0, 120)
            .Range("recoveryMonths", RecoveryMonths, 0, 120)
            .Range("supplementalDueDays", SupplementalDueDays, 1, 1095)
            .Range("cohortMinSeats", CohortMinSeats, 1, 100)
            .Range("cohortMaxSeats", CohortMaxSeats, 1, 100)
            .Range("defaultMaxCaseload", DefaultMaxCaseload, 1, 100);
        if (!string.IsNullOrWhiteSpace(TimeZone) && !ProgramCalendar.IsKnownZone(TimeZone))
        {
            errors.Add("timeZone", "is not an IANA time zone id (e.g. America/Chicago).");
        }
        if (CohortMinSeats > CohortMaxSeats)
        {
            errors.Add("cohortMinSeats", "cannot be more than cohortMaxSeats.");
        }
        return errors;
    }
}
