using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Domain;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Training.Api.Features.Settings;

/// <summary>The whole of a program's training settings (PUT replaces them all).</summary>
public sealed record SettingsRequest : IValidatableRequest
{
    public string? TimeZone { get; init; }

    public int? EligibilityMonths { get; init; }

    public int? RecoveryMonths { get; init; }

    public int? SupplementalDueDays { get; init; }

    public int? CohortMinSeats { get; init; }

    public int? CohortMaxSeats { get; init; }

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
