using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Settings;

/// <summary>All of a program's payroll settings (PUT replaces them). A new frequency applies to periods not yet created.</summary>
/// <example>{"timeZone":"America/Chicago","frequency":"biweekly","periodAnchor":"2026-01-05","payDateLagDays":5,"unitRounding":"eight-minute","billingCode":"H0038","holdUntilW9":true}</example>
public sealed record SettingsRequest : IValidatableRequest
{
    /// <summary>IANA time zone id, e.g. America/Chicago.</summary>
    /// <example>"America/Chicago"</example>
    public string? TimeZone { get; init; }

    /// <summary>How often the program pays.</summary>
    /// <example>"biweekly"</example>
    public PayFrequency? Frequency { get; init; }

    /// <summary>A period start for weekly and biweekly periods.</summary>
    /// <example>"2026-01-05"</example>
    public DateOnly? PeriodAnchor { get; init; }

    /// <summary>Days from a period's last day to its pay date (0–31).</summary>
    /// <example>5</example>
    public int? PayDateLagDays { get; init; }

    /// <summary>eight-minute (Medicare), up or down.</summary>
    /// <example>"eight-minute"</example>
    public UnitRounding? UnitRounding { get; init; }

    /// <summary>Procedure code on the billable-units file, e.g. H0038.</summary>
    /// <example>"H0038"</example>
    public string? BillingCode { get; init; }

    /// <summary>Hold contractors' pay until their W-9 is on file.</summary>
    public bool? HoldUntilW9 { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Text("timeZone", TimeZone, 64, required: true)
            .Required("frequency", Frequency)
            .Required("periodAnchor", PeriodAnchor)
            .Date("periodAnchor", PeriodAnchor)
            .Range("payDateLagDays", PayDateLagDays, 0, 31)
            .Required("unitRounding", UnitRounding)
            .Text("billingCode", BillingCode, 20, required: true)
            .Required("holdUntilW9", HoldUntilW9);
        if (!string.IsNullOrWhiteSpace(TimeZone) && TimeZone.Length <= 64 && !PayCalendar.IsKnownZone(TimeZone))
        {
            errors.Add("timeZone", "is not an IANA time zone id (e.g. America/Chicago).");
        }
        return errors;
    }
}
