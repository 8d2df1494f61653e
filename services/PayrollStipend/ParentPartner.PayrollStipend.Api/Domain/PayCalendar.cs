using NodaTime;

namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>
/// A program's pay periods in its own time zone. Weekly and biweekly periods count from an anchor date (a period
/// start); semi-monthly periods are the 1st–15th and the 16th–last day; monthly ones are calendar months. The pay
/// date is a fixed number of days after a period's last day.
/// </summary>
public sealed record PayCalendar(string TimeZone, PayFrequency Frequency, DateOnly Anchor, int PayDateLagDays)
{
    public static bool IsKnownZone(string? zone) => zone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is not null;

    /// <summary>The program's date at an instant: what "today" is there.</summary>
    public DateOnly DateAt(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(DateTimeZoneProviders.Tzdb[TimeZone]).Date.ToDateOnly();

    public (DateOnly Start, DateOnly End, DateOnly PayDate) PeriodContaining(DateOnly date)
    {
        var (start, end) = Frequency switch
        {
            PayFrequency.Weekly => Counted(date, 7),
            PayFrequency.Biweekly => Counted(date, 14),
            PayFrequency.SemiMonthly => date.Day <= 15
                ? (new DateOnly(date.Year, date.Month, 1), new DateOnly(date.Year, date.Month, 15))
                : (new DateOnly(date.Year, date.Month, 16), LastOfMonth(date)),
            _ => (new DateOnly(date.Year, date.Month, 1), LastOfMonth(date)),
        };
        return (start, end, end.AddDays(PayDateLagDays));
    }

    public (DateOnly Start, DateOnly End, DateOnly PayDate) PeriodAfter(DateOnly periodEnd) => PeriodContaining(periodEnd.AddDays(1));

    private (DateOnly, DateOnly) Counted(DateOnly date, int length)
    {
        var offset = date.DayNumber - Anchor.DayNumber;
        var index = (int)Math.Floor(offset / (double)length);
        var start = Anchor.AddDays(index * length);
        return (start, start.AddDays(length - 1));
    }

    private static DateOnly LastOfMonth(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
}
