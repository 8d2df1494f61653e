using System.Globalization;

namespace ParentPartner.Reporting.Tests.Support;

/// <summary>A month of its own for one test: instants inside it, and the query string that selects it.</summary>
public sealed record TestWindow(DateOnly From, DateOnly To)
{
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>An instant inside the window: day <paramref name="day"/> (1-based) at <paramref name="hour"/> UTC.</summary>
    public DateTimeOffset At(int day, double hour = 9) => Start.AddDays(day - 1).AddHours(hour);

    /// <summary>An instant just before the window: in an earlier test's window (or unused January 2012), never a later one's.</summary>
    public DateTimeOffset JustBefore => Start.AddHours(-12);

    public string Query => $"from={From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
