using NodaTime;
using NodaTime.Text;

namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>Local wall-clock times in an IANA zone (NodaTime tzdb) to UTC instants and back.</summary>
public static class AppointmentTimes
{
    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss"),
    ];

    private static readonly LocalDateTimePattern Shown = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    public static DateTimeZone? Zone(string? id) => id is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(id);

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
    /// The UTC instant of a wall-clock time: null when the clocks skip it; a repeated time (autumn) takes the earlier
    /// of the two, the one people mean when they say 01:30.
    /// </summary>
    public static DateTimeOffset? ToUtc(LocalDateTime local, DateTimeZone zone)
    {
        var mapping = zone.MapLocal(local);
        return mapping.Count == 0 ? null : mapping.First().ToInstant().ToDateTimeOffset();
    }

    public static string Format(DateTime local) => Shown.Format(LocalDateTime.FromDateTime(local));
}
