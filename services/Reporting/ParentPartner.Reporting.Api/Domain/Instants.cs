namespace ParentPartner.Reporting.Api.Domain;

/// <summary>Instants as reporting keeps them.</summary>
public static class Instants
{
    /// <summary>The later of a kept instant and a new one: applying events in any order ends the same.</summary>
    public static DateTimeOffset Latest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } kept && kept >= candidate ? kept : candidate;

    /// <summary>The earlier of a kept instant and a new one.</summary>
    public static DateTimeOffset Earliest(DateTimeOffset? current, DateTimeOffset candidate) =>
        current is { } kept && kept <= candidate ? kept : candidate;

    /// <summary>Now, to the microsecond PostgreSQL keeps, so what a response says equals what is read back later.</summary>
    public static DateTimeOffset StoredNow(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % 10));
    }
}
