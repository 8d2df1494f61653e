using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Policies;

/// <summary>
/// A new version of the pay policy, in effect from <see cref="EffectiveFrom"/>. Hourly rates by activity kind:
/// court-hearing, family-team-meeting, one-to-one, phone, support-group, training, other (a missing kind pays 0).
/// Example: {"effectiveFrom":"2026-01-01","hourlyRates":{"court-hearing":25,"one-to-one":20},"mileageRate":0.725}.
/// </summary>
public sealed record PolicyRequest : IValidatableRequest
{
    /// <summary>The first day (yyyy-MM-dd) this policy's rates apply; earlier work keeps the policy in force then.</summary>
    /// <example>"2026-01-01"</example>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>Dollars per hour by activity code (court-hearing, family-team-meeting, one-to-one, phone, support-group, training, other).</summary>
    /// <example>{"court-hearing":25,"family-team-meeting":25,"one-to-one":20,"phone":18}</example>
    public Dictionary<string, decimal>? HourlyRates { get; init; }

    /// <summary>Dollars paid per active match per month.</summary>
    /// <example>100.00</example>
    public decimal? MatchStipendMonthly { get; init; }

    /// <summary>Dollars paid per completed training session.</summary>
    public decimal? TrainingAttendanceStipend { get; init; }

    /// <summary>Dollars a mile; default the IRS 2026 business rate, 0.725.</summary>
    /// <example>0.725</example>
    public decimal? MileageRate { get; init; }

    /// <summary>
    /// Most a person is paid for one calendar month (hours, stipends and adjustments; mileage is not capped), by the
    /// version in effect on the month's first day; a negative monthly-cap line takes off the excess. Null for no cap.
    /// Months already paid are capped from their next change on.
    /// </summary>
    public decimal? MonthlyCap { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors().Required("effectiveFrom", EffectiveFrom).Date("effectiveFrom", EffectiveFrom).Required("hourlyRates", HourlyRates);
        foreach (var (kind, rate) in HourlyRates ?? [])
        {
            if (!KebabEnum.TryParse<ActivityKind>(kind, out _))
            {
                errors.Add("hourlyRates", $"'{ContactFieldRules.Excerpt(kind)}' is not an activity kind.");
            }
            errors.Dollars($"hourlyRates.{ContactFieldRules.Excerpt(kind)}", rate, 0, 500, places: 4);
        }
        return errors
            .Dollars("matchStipendMonthly", MatchStipendMonthly, 0, 10000, required: false)
            .Dollars("trainingAttendanceStipend", TrainingAttendanceStipend, 0, 10000, required: false)
            .Dollars("mileageRate", MileageRate, 0, 5, required: false, places: 4)
            .Dollars("monthlyCap", MonthlyCap, 0, 100000, required: false);
    }

    public decimal Rate(ActivityKind kind) => HourlyRates?.GetValueOrDefault(KebabEnum.Name(kind)) ?? 0m;
}
