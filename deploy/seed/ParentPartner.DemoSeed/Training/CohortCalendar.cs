namespace ParentPartner.DemoSeed.Training;

/// <summary>
/// When the demo cohorts meet, counted back from the program's today: pre-service waves on Tuesday and
/// Thursday evenings, a wave every four weeks, the last one finished over a week ago; supplemental
/// courses on the last Saturday mornings; the next wave from the Tuesday after next. All within the year
/// back that training accepts for recording past sessions.
/// </summary>
public sealed class CohortCalendar(DateOnly today, int preServiceCourses)
{
    public const int SessionMinutes = 180;

    private static readonly TimeOnly Evening = new(18, 0);
    private static readonly TimeOnly Morning = new(9, 30);

    private int LastOffset => Offset(Math.Max(preServiceCourses, 1) - 1);

    private int WaveSpacingDays => Math.Max(28, (LastOffset / 7 + 2) * 7);

    public DateTime PreService(int wave, int waves, int session)
    {
        var lastWaveStarts = OnOrBefore(today.AddDays(-8 - LastOffset), DayOfWeek.Tuesday);
        var starts = lastWaveStarts.AddDays(-WaveSpacingDays * (waves - 1 - wave));
        return starts.AddDays(Offset(session)).ToDateTime(Evening);
    }

    public DateTime Supplemental(int course) =>
        OnOrBefore(today.AddDays(-3), DayOfWeek.Saturday).AddDays(-7 * course).ToDateTime(Morning);

    public DateTime Upcoming(int session) =>
        OnOrBefore(today.AddDays(12), DayOfWeek.Tuesday).AddDays(Offset(session)).ToDateTime(Evening);

    // Two sessions a week: Tuesday, Thursday, Tuesday, …
    private static int Offset(int session) => 7 * (session / 2) + 2 * (session % 2);

    private static DateOnly OnOrBefore(DateOnly date, DayOfWeek day) => date.AddDays(-(((int)date.DayOfWeek - (int)day + 7) % 7));
}
