using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Settings;

public sealed record SettingsResponse(string TimeZone, PayFrequency Frequency, DateOnly PeriodAnchor, int PayDateLagDays, UnitRounding UnitRounding, string BillingCode, bool HoldUntilW9)
{
    public static SettingsResponse From(PayrollSettings s) => new(s.TimeZone, s.Frequency, s.PeriodAnchor, s.PayDateLagDays, s.UnitRounding, s.BillingCode, s.HoldUntilW9);
}
