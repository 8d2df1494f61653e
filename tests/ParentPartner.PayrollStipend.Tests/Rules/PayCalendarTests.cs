using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Tests.Rules;

public sealed class PayCalendarTests
{
    private static PayCalendar Calendar(PayFrequency frequency) => new("America/Chicago", frequency, new DateOnly(2025, 12, 29), 5);

    [Theory]
    [InlineData(PayFrequency.Weekly, "2026-01-07", "2026-01-05", "2026-01-11")]
    [InlineData(PayFrequency.Weekly, "2025-12-28", "2025-12-22", "2025-12-28")]
    [InlineData(PayFrequency.Biweekly, "2026-01-12", "2026-01-12", "2026-01-25")]
    [InlineData(PayFrequency.SemiMonthly, "2026-02-15", "2026-02-01", "2026-02-15")]
    [InlineData(PayFrequency.SemiMonthly, "2026-02-16", "2026-02-16", "2026-02-28")]
    [InlineData(PayFrequency.Monthly, "2028-02-29", "2028-02-01", "2028-02-29")]
    public void Periods_cover_every_day_once(PayFrequency frequency, string day, string start, string end)
    {
        var period = Calendar(frequency).PeriodContaining(DateOnly.Parse(day));
        Assert.Equal(DateOnly.Parse(start), period.Start);
        Assert.Equal(DateOnly.Parse(end), period.End);
        Assert.Equal(DateOnly.Parse(end).AddDays(5), period.PayDate);
    }

    [Theory]
    [InlineData(PayFrequency.Weekly)]
    [InlineData(PayFrequency.Biweekly)]
    [InlineData(PayFrequency.SemiMonthly)]
    [InlineData(PayFrequency.Monthly)]
    public void Consecutive_periods_tile_the_calendar(PayFrequency frequency)
    {
        var calendar = Calendar(frequency);
        var period = calendar.PeriodContaining(new DateOnly(2025, 1, 1));
        for (var i = 0; i < 200; i++)
        {
            var next = calendar.PeriodAfter(period.End);
            Assert.Equal(period.End.AddDays(1), next.Start);
            Assert.True(next.End >= next.Start);
            period = next;
        }
    }

    [Fact]
    public void The_programs_date_is_taken_in_its_time_zone_across_daylight_saving()
    {
        var calendar = Calendar(PayFrequency.Monthly);
        // 2026-03-01 05:30 UTC is still 2026-02-28 in Chicago (UTC-6); 2026-11-01 04:30 UTC is 23:30 on Oct 31 (UTC-5, CDT).
        Assert.Equal(new DateOnly(2026, 2, 28), calendar.DateAt(new DateTimeOffset(2026, 3, 1, 5, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 10, 31), calendar.DateAt(new DateTimeOffset(2026, 11, 1, 4, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 11, 1), calendar.DateAt(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero)));
    }
}
