namespace ParentPartner.AllianceHub.Tests;

/// <summary>
/// National figures are per year and the platform's hub is shared by every test of this project, so each
/// test that accepts reports takes years of its own.
/// </summary>
internal static class TestYears
{
    private static int _last = 2000;

    public static int Next()
    {
        var year = Interlocked.Increment(ref _last);
        return year <= DateTime.UtcNow.Year
            ? year
            : throw new InvalidOperationException("no unused report years left for this test run");
    }
}
