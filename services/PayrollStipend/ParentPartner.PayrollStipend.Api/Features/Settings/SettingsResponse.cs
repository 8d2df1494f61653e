using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Settings;

/// <summary>A program's payroll settings: pay calendar, billing and W-9 rules.</summary>
/// <param name="TimeZone">The program's IANA time zone; periods and pay dates count in it.</param>
/// <param name="Frequency">How often the program pays.</param>
/// <param name="PeriodAnchor">A period start for weekly and biweekly periods.</param>
/// <param name="PayDateLagDays">Days after a period's last day that it is paid.</param>
/// <param name="UnitRounding">How minutes become billable 15-minute units: eight-minute, up or down.</param>
/// <param name="BillingCode">The procedure code on the billable-units file (e.g. H0038).</param>
/// <param name="HoldUntilW9">Whether a contractor's payment is held out of exports until their W-9 is on file.</param>
public sealed record SettingsResponse(string TimeZone, PayFrequency Frequency, DateOnly PeriodAnchor, int PayDateLagDays, UnitRounding UnitRounding, string BillingCode, bool HoldUntilW9)
{
    public static SettingsResponse From(PayrollSettings s) => new(s.TimeZone, s.Frequency, s.PeriodAnchor, s.PayDateLagDays, s.UnitRounding, s.BillingCode, s.HoldUntilW9);
}
