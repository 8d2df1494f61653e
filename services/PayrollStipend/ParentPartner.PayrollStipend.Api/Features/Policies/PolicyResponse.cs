using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Policies;

/// <summary>One version of the pay policy; hourly rates by activity kind (kebab-case keys).</summary>
/// <param name="Id">The policy version's id.</param>
/// <param name="Version">1, 2… in the order they were made.</param>
/// <param name="EffectiveFrom">The first day it applies to.</param>
/// <param name="HourlyRates">Dollars per hour by activity kind (kebab-case keys).</param>
/// <param name="MatchStipendMonthly">Dollars per active match per month; null when none.</param>
/// <param name="TrainingAttendanceStipend">Dollars per training session attended; null when none.</param>
/// <param name="MileageRate">Dollars per mile.</param>
/// <param name="MonthlyCap">Most a person may earn in a month, in dollars; null for no cap.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
public sealed record PolicyResponse(
    Guid Id,
    int Version,
    DateOnly EffectiveFrom,
    IReadOnlyDictionary<string, decimal> HourlyRates,
    decimal? MatchStipendMonthly,
    decimal? TrainingAttendanceStipend,
    decimal MileageRate,
    decimal? MonthlyCap,
    DateTimeOffset CreatedAt)
{
    public static PolicyResponse From(PayPolicy p) => new(
        p.Id, p.Version, p.EffectiveFrom,
        Enum.GetValues<ActivityKind>().ToDictionary(ServiceDefaults.Http.KebabEnum.Name, p.RateFor),
        p.MatchStipendMonthly, p.TrainingAttendanceStipend, p.MileageRate, p.MonthlyCap, p.CreatedAt);
}
