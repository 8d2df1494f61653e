using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Tests.Rules;

public sealed class MoneyAndPayRulesTests
{
    private static readonly PayPolicy Policy = new()
    {
        ProgramId = "p",
        Version = 1,
        EffectiveFrom = new DateOnly(2026, 1, 1),
        CourtHearingRate = 25m,
        FamilyTeamMeetingRate = 22.5m,
        OneToOneRate = 18.33m,
        PhoneRate = 15m,
        SupportGroupRate = 17m,
        TrainingRate = 16m,
        OtherRate = 14.99m,
        MatchStipendMonthly = 100m,
        TrainingAttendanceStipend = 25m,
    };

    [Theory]
    [InlineData(0.005, 0.01)]
    [InlineData(0.004999, 0.00)]
    [InlineData(-0.005, -0.01)]
    [InlineData(2.675, 2.68)]
    [InlineData(1.125, 1.13)]
    public void Cents_round_half_away_from_zero(decimal exact, decimal expected) => Assert.Equal(expected, Money.Cents(exact));

    [Fact]
    public void A_contact_pays_exact_minutes_at_its_kinds_rate_rounded_once_and_mileage_at_the_irs_rate()
    {
        var lines = PayRules.Contact(Policy, ActivityKind.OneToOne, new DateOnly(2026, 3, 2), 50, 12.3m);

        var hours = Assert.Single(lines, l => l.Code == EarningsCode.OneToOne);
        Assert.Equal(0.8333m, hours.Quantity);
        Assert.Equal(15.28m, hours.Amount); // 50 × 18.33 / 60 = 15.275 → 15.28 (not 0.8333 × 18.33 = 15.27)
        var mileage = Assert.Single(lines, l => l.Code == EarningsCode.Mileage);
        Assert.Equal(0.725m, mileage.Rate);
        Assert.Equal(8.92m, mileage.Amount); // 12.3 × 0.725 = 8.9175
    }

    [Theory]
    [InlineData("court-hearing", ActivityKind.CourtHearing)]
    [InlineData("family-team-meeting", ActivityKind.FamilyTeamMeeting)]
    [InlineData("text", ActivityKind.Phone)]
    [InlineData("something-new", ActivityKind.Other)]
    public void Contact_kinds_map_to_rates(string wire, ActivityKind kind) => Assert.Equal(kind, PayRules.KindOfContact(wire));

    [Fact]
    public void Training_pays_hours_and_the_attendance_stipend()
    {
        var lines = PayRules.Training(Policy, new DateOnly(2026, 3, 2), 2.5m);
        Assert.Equal([40m, 25m], lines.Select(l => l.Amount));
    }

    [Fact]
    public void The_match_stipend_is_prorated_by_days_per_calendar_month()
    {
        // Matched 2026-01-20 (12 of January's 31 days), active through 2026-02-10 (10 of February's 28).
        var lines = PayRules.MatchStipend(Policy, new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28), new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 10));

        Assert.Equal([12m, 10m], lines.Select(l => l.Quantity));
        Assert.Equal([38.71m, 35.71m], lines.Select(l => l.Amount));
        Assert.Empty(PayRules.MatchStipend(Policy, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 10)));
    }

    [Fact]
    public void The_policy_in_effect_is_the_latest_version_dated_on_or_before_the_day()
    {
        PayPolicy[] versions =
        [
            Policy,
            new() { ProgramId = "p", Version = 2, EffectiveFrom = new DateOnly(2026, 7, 1) },
            new() { ProgramId = "p", Version = 3, EffectiveFrom = new DateOnly(2026, 7, 1) },
        ];
        Assert.Null(PayPolicy.InEffect(versions, new DateOnly(2025, 12, 31)));
        Assert.Equal(1, PayPolicy.InEffect(versions, new DateOnly(2026, 6, 30))!.Version);
        Assert.Equal(3, PayPolicy.InEffect(versions, new DateOnly(2026, 7, 1))!.Version);
    }

    [Theory]
    [InlineData(7, UnitRounding.EightMinute, 0)]
    [InlineData(8, UnitRounding.EightMinute, 1)]
    [InlineData(22, UnitRounding.EightMinute, 1)]
    [InlineData(23, UnitRounding.EightMinute, 2)]
    [InlineData(16, UnitRounding.Up, 2)]
    [InlineData(29, UnitRounding.Down, 1)]
    [InlineData(0, UnitRounding.Up, 0)]
    public void Billable_units_follow_the_rounding_setting(int minutes, UnitRounding rounding, int units) =>
        Assert.Equal(units, BillableUnits.For(minutes, rounding));

    [Theory]
    [InlineData(2024, 600)]
    [InlineData(2025, 600)]
    [InlineData(2026, 2000)]
    [InlineData(2027, 2000)]
    public void The_1099_threshold_is_by_payment_year(int year, decimal threshold) => Assert.Equal(threshold, Form1099Thresholds.For(year));

    [Fact]
    public void Reaching_the_threshold_exactly_must_be_reported()
    {
        Assert.True(Form1099Thresholds.MustReport(600m, 2025));
        Assert.False(Form1099Thresholds.MustReport(1999.99m, 2026));
        Assert.True(Form1099Thresholds.MustReport(2000m, 2026));
    }

    [Fact]
    public void The_benefit_guard_warns_only_above_a_recorded_level()
    {
        Assert.False(BenefitCliff.WouldCross(null, 5000m));
        Assert.False(BenefitCliff.WouldCross(1000m, 1000m));
        Assert.True(BenefitCliff.WouldCross(1000m, 1000.01m));
    }
}
