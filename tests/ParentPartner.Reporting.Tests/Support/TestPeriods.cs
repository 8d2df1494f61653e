namespace ParentPartner.Reporting.Tests.Support;

/// <summary>
/// Periods no other test writes events into, so a test's period figures are its own. Events only ever affect
/// later moments (a match left open is still active next year), so annual-report years are handed out
/// downwards from 2011 (a later-running test never leaks into an earlier one's year) and month windows
/// upwards from February 2012 (tests that read state carried over from earlier, such as active matches, compare before and after).
/// </summary>
public static class TestPeriods
{
    private static int _months = -1;
    private static int _years = 2012;

    public static TestWindow NextWindow()
    {
        var index = Interlocked.Increment(ref _months);
        var first = new DateOnly(2012, 2, 1).AddMonths(index);
        return new TestWindow(first, first.AddMonths(1).AddDays(-1));
    }

    public static int NextYear()
    {
        var year = Interlocked.Decrement(ref _years);
        if (year < 2000)
        {
            throw new InvalidOperationException("No report years left for tests.");
        }
        return year;
    }
}
