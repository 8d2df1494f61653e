namespace ParentPartner.Reporting.Api.Features.FollowUp;

/// <summary>Calendar months as the follow-up report counts them: UTC, like every other reporting period, except contacts, which carry their program-local day.</summary>
public static class ReportMonths
{
    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly Of(DateTimeOffset at) => Of(DateOnly.FromDateTime(at.UtcDateTime));

    public static DateTimeOffset Start(DateOnly month) => new(month.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Exclusive: the first instant of the next month.</summary>
    public static DateTimeOffset End(DateOnly month) => Start(month.AddMonths(1));

    public static string Name(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every month from the one holding <paramref name="from"/> to the one holding <paramref name="to"/>.</summary>
    public static IReadOnlyList<DateOnly> Between(DateOnly from, DateOnly to)
    {
        var months = new List<DateOnly>();
        for (var month = Of(from); month <= to; month = month.AddMonths(1))
        {
            months.Add(month);
        }
        return months;
    }
}
