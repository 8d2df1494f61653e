using System.Globalization;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Reporting.Api.Features.Common;

/// <summary>
/// The period a report covers: whole UTC days from <see cref="From"/> to <see cref="To"/>, both included;
/// either may be open (no bound). Figures "at the end of the period" are taken at the last instant of
/// <see cref="To"/>, or now when the period has no end.
/// </summary>
public sealed record ReportPeriod(DateOnly? From, DateOnly? To)
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    public DateTimeOffset? Start => From is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>Exclusive: the first instant after the period.</summary>
    public DateTimeOffset? End => To is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The last instant of the period (or now when it is open-ended).</summary>
    public DateTimeOffset EndInstant(DateTimeOffset now) => End is { } end ? end.AddTicks(-1) : now;

    public bool Contains(DateTimeOffset? at) => at is { } a && (Start is not { } start || a >= start) && (End is not { } end || a < end);

    public bool Contains(DateOnly day) => (From is not { } from || day >= from) && (To is not { } to || day <= to);

    public static ReportPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Reads ?from=yyyy-MM-dd&amp;to=yyyy-MM-dd, both optional.</summary>
    public static FieldErrors Read(FieldErrors errors, string? from, string? to, out ReportPeriod period)
    {
        var start = Day(errors, "from", from);
        var end = Day(errors, "to", to);
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add("to", "must not be before from.");
        }
        period = new ReportPeriod(start, end);
        return errors;
    }

    private static DateOnly? Day(FieldErrors errors, string field, string? value)
    {
        if (value is null)
        {
            return null;
        }
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            errors.Add(field, "must be a date as yyyy-MM-dd.");
            return null;
        }
        if (day < Earliest || day > Latest)
        {
            errors.Add(field, $"must be between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}.");
            return null;
        }
        return day;
    }
}
