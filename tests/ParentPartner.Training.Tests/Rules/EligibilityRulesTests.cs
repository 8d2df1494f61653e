using NodaTime;
using ParentPartner.Training.Api.Domain;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Training.Tests.Rules;

public sealed class EligibilityRulesTests
{
    private static readonly LocalDate AppliedOn = new(2025, 6, 1);

    private static Eligibility Assess(LocalDate? resolved, LocalDate? recovery, LocalDate today, int months = 12, int recoveryMonths = 12) =>
        EligibilityRules.Assess(resolved, recovery, AppliedOn, today, months, recoveryMonths);

    [Fact]
    public void Without_a_case_or_recovery_there_is_no_waiting_period()
    {
        var result = Assess(null, null, new LocalDate(2025, 6, 3));

        Assert.True(result.IsEligible);
        Assert.Equal(AppliedOn, result.EligibleOn);
        Assert.Contains("no child-welfare case or recovery waiting period", result.Reason);
    }

    [Fact]
    public void Exactly_twelve_months_after_resolution_is_eligible_and_the_day_before_is_not()
    {
        var resolved = new LocalDate(2024, 7, 15);

        var dayBefore = Assess(resolved, null, new LocalDate(2025, 7, 14));
        var onTheDay = Assess(resolved, null, new LocalDate(2025, 7, 15));

        Assert.False(dayBefore.IsEligible);
        Assert.Equal(new LocalDate(2025, 7, 15), dayBefore.EligibleOn);
        Assert.Contains("Eligible from 2025-07-15", dayBefore.Reason);
        Assert.Contains("resolved on 2024-07-15", dayBefore.Reason);
        Assert.True(onTheDay.IsEligible);
        Assert.Equal(new LocalDate(2025, 7, 15), onTheDay.EligibleOn);
    }

    [Fact]
    public void A_case_resolved_on_a_leap_day_waits_until_the_last_day_of_february()
    {
        var resolved = new LocalDate(2024, 2, 29);

        Assert.False(Assess(resolved, null, new LocalDate(2025, 2, 27)).IsEligible);
        var onTheDay = Assess(resolved, null, new LocalDate(2025, 2, 28));
        Assert.True(onTheDay.IsEligible);
        Assert.Equal(new LocalDate(2025, 2, 28), onTheDay.EligibleOn);
    }

    [Fact]
    public void Twelve_months_into_a_leap_year_stays_on_the_same_day_of_the_month()
    {
        var result = Assess(new LocalDate(2023, 2, 28), null, new LocalDate(2024, 2, 27));

        Assert.False(result.IsEligible);
        Assert.Equal(new LocalDate(2024, 2, 28), result.EligibleOn);
    }

    [Fact]
    public void Recovery_shorter_than_the_required_months_holds_eligibility_back_with_its_own_reason()
    {
        var result = Assess(new LocalDate(2020, 1, 1), new LocalDate(2025, 1, 10), new LocalDate(2025, 6, 1));

        Assert.False(result.IsEligible);
        Assert.Equal(new LocalDate(2026, 1, 10), result.EligibleOn);
        Assert.Contains("in recovery since 2025-01-10", result.Reason);
        Assert.DoesNotContain("resolved on 2020-01-01", result.Reason);
    }

    [Fact]
    public void When_both_wait_the_later_date_wins_and_both_reasons_are_given()
    {
        var result = Assess(new LocalDate(2025, 3, 1), new LocalDate(2025, 2, 1), new LocalDate(2025, 6, 1));

        Assert.False(result.IsEligible);
        Assert.Equal(new LocalDate(2026, 3, 1), result.EligibleOn);
        Assert.Contains("resolved on 2025-03-01", result.Reason);
        Assert.Contains("in recovery since 2025-02-01", result.Reason);
    }

    [Fact]
    public void The_program_setting_decides_the_number_of_months()
    {
        var resolved = new LocalDate(2024, 1, 31);

        var eighteen = Assess(resolved, null, new LocalDate(2025, 6, 1), months: 18);

        Assert.False(eighteen.IsEligible);
        Assert.Equal(new LocalDate(2025, 7, 31), eighteen.EligibleOn);
        Assert.Contains("18 months", eighteen.Reason);
    }

    [Fact]
    public void Today_is_the_programs_local_date_so_the_eligible_day_starts_at_local_midnight()
    {
        // 05:30 UTC on 1 March is still 28 February (23:30) in Chicago.
        var instant = new DateTimeOffset(2025, 3, 1, 5, 30, 0, TimeSpan.Zero);
        var resolved = new LocalDate(2024, 3, 1);

        var chicago = Assess(resolved, null, ProgramCalendar.For("America/Chicago").Today(instant));
        var london = Assess(resolved, null, ProgramCalendar.For("Europe/London").Today(instant));

        Assert.False(chicago.IsEligible);
        Assert.True(london.IsEligible);
        Assert.True(Assess(resolved, null, ProgramCalendar.For("America/Chicago").Today(instant.AddMinutes(31))).IsEligible);
    }
}
