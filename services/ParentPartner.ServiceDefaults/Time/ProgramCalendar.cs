using NodaTime;
using NodaTime.Text;

namespace ParentPartner.ServiceDefaults.Time;

/// <summary>
/// A program's wall clock: instants are stored in UTC, dates and times are read and shown in the
/// program's IANA time zone (NodaTime's tzdb). "Today" for a rule (eligibility, due dates) is the program's local date.
/// Shared by every service that reads or writes wall-clock times (training's sessions, scheduling's appointments).
/// </summary>
public sealed class ProgramCalendar(DateTimeZone zone)
{
    private static readonly LocalDateTimePattern Shown = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss"),
    ];

    public DateTimeZone Zone => zone;

    public static bool IsKnownZone(string? id) => id is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null;

    public static ProgramCalendar For(string timeZoneId) => new(DateTimeZoneProviders.Tzdb[timeZoneId]);

    public LocalDate Today(DateTimeOffset now) => DateOf(now);

    public LocalDate DateOf(DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(zone).Date;

    /// <summary>The instant shown with the program's offset at that moment (e.g. 18:00-05:00 in Chicago in summer).</summary>
    public DateTimeOffset Local(DateTimeOffset at) => Instant.FromDateTimeOffset(at).InZone(zone).ToDateTimeOffset();

    /// <summary>
    /// The instant a calendar period after <paramref name="at"/> on the program's wall clock: a month after 31 January
    /// is 28 February, and a week after 18:00 is 18:00 again even across a daylight-saving change (a skipped time
    /// moves forward, a repeated one takes the earlier).
    /// </summary>
    public DateTimeOffset AddLocal(DateTimeOffset at, Period period) =>
        zone.AtLeniently(Instant.FromDateTimeOffset(at).InZone(zone).LocalDateTime + period).ToInstant().ToDateTimeOffset();

    /// <summary>The instant a local date begins (midnight, or the first moment after a change that skips it).</summary>
    public DateTimeOffset StartOf(LocalDate date) => zone.AtStartOfDay(date).ToInstant().ToDateTimeOffset();

    public static bool TryParseLocal(string? text, out LocalDateTime local)
    {
        local = default;
        foreach (var pattern in LocalPatterns)
        {
            if (text is not null && pattern.Parse(text) is { Success: true } result)
            {
                local = result.Value;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The UTC instant of a local wall-clock time. A time skipped by a daylight-saving change does not
    /// exist (null); a repeated one takes the earlier of the two, the one people mean when they say 01:30.
    /// </summary>
    public DateTimeOffset? ToUtc(LocalDateTime local)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count == 0 ? null : mapping.First().ToInstant().ToDateTimeOffset();
    }

    /// <summary>A stored wall-clock time as the API writes it (minutes, no offset: the zone travels beside it).</summary>
    public static string Format(DateTime local) => Shown.Format(LocalDateTime.FromDateTime(local));
}
