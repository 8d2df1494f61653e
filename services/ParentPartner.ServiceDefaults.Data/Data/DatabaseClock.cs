namespace ParentPartner.ServiceDefaults.Data;

public static class DatabaseClock
{
    /// <summary>
    /// Now, at PostgreSQL's precision (microseconds): what a response shows is what a later read
    /// returns, and a cursor built from either finds the same row.
    /// </summary>
    public static DateTimeOffset Now(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - now.UtcTicks % 10, TimeSpan.Zero);
    }
}
