using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Policies;

/// <summary>One version of the pay policy; hourly rates by activity kind (kebab-case keys).</summary>
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
