namespace ParentPartner.Reporting.Api.Features.TimeToMatch;

/// <summary>
/// Percentiles by linear interpolation between closest ranks (Hyndman–Fan type 7: R's and NumPy's default,
/// Excel's PERCENTILE.INC), so the 50th percentile is the usual median.
/// </summary>
public static class Percentile
{
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="p">Between 0 and 1.</param>
    public static double? Of(IReadOnlyList<double> sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        if (sorted.Count == 0)
        {
            return null;
        }
        var h = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }
}
