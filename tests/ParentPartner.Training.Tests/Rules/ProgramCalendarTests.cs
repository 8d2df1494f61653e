using NodaTime;
using ParentPartner.Training.Api.Domain;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Training.Tests.Rules;

public sealed class ProgramCalendarTests
{
    private static readonly ProgramCalendar Chicago = ProgramCalendar.For("America/Chicago");

    [Fact]
    public void Local_evening_times_are_stored_in_utc_with_the_seasons_offset()
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero), Chicago.ToUtc(new LocalDateTime(2026, 1, 14, 18, 0)));
        Assert.Equal(new DateTimeOffset(2026, 7, 14, 23, 0, 0, TimeSpan.Zero), Chicago.ToUtc(new LocalDateTime(2026, 7, 14, 18, 0)));
    }

    [Fact]
    public void Stored_times_are_shown_with_the_programs_offset()
    {
        var shown = Chicago.Local(new DateTimeOffset(2026, 7, 14, 23, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromHours(-5), shown.Offset);
        Assert.Equal(new DateTime(2026, 7, 14, 18, 0, 0), shown.DateTime);
    }

    [Fact]
    public void A_time_the_clocks_skip_does_not_exist()
    {
        Assert.Null(Chicago.ToUtc(new LocalDateTime(2026, 3, 8, 2, 30)));
    }

    [Fact]
    public void A_time_the_clocks_repeat_means_the_first_one()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 6, 30, 0, TimeSpan.Zero), Chicago.ToUtc(new LocalDateTime(2026, 11, 1, 1, 30)));
    }

    [Fact]
    public void Today_changes_at_local_midnight_not_utc_midnight()
    {
        Assert.Equal(new LocalDate(2025, 12, 31), Chicago.Today(new DateTimeOffset(2026, 1, 1, 5, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new LocalDate(2026, 1, 1), Chicago.Today(new DateTimeOffset(2026, 1, 1, 6, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("2026-03-10T18:00", true)]
    [InlineData("2026-03-10T18:00:30", true)]
    [InlineData("2026-03-10T18:00Z", false)]
    [InlineData("2026-03-10T18:00-06:00", false)]
    [InlineData("2026-02-30T18:00", false)]
    [InlineData("tomorrow evening", false)]
    public void Only_a_local_date_and_time_without_an_offset_is_read(string text, bool readable)
    {
        Assert.Equal(readable, ProgramCalendar.TryParseLocal(text, out _));
    }

    [Fact]
    public void Unknown_time_zones_are_refused()
    {
        Assert.True(ProgramCalendar.IsKnownZone("Pacific/Auckland"));
        Assert.False(ProgramCalendar.IsKnownZone("Mars/Olympus_Mons"));
        Assert.False(ProgramCalendar.IsKnownZone("CST"));
    }
}
