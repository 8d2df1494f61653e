namespace ParentPartner.ServiceDefaults.Telemetry;

/// <summary>
/// URLs that carry a secret in their path (a calendar feed's key): traces record the route shape instead, so a
/// trace store never holds a working subscription link.
/// </summary>
public static class SecretPaths
{
    private const string CalendarFeeds = "/api/public/calendar-feeds/";

    /// <summary>The path with its secret segment replaced, or null when the path carries none.</summary>
    public static string? Redacted(string? path) =>
        path is not null && path.StartsWith(CalendarFeeds, StringComparison.OrdinalIgnoreCase) ? CalendarFeeds + "{feed}" : null;
}
