namespace ParentPartner.Reporting.Api.Features.FollowUp;

/// <summary>
/// A share of matches (or match-months) that met a follow-up target. <see cref="Counted"/> is the denominator:
/// those that met it, and those whose window has closed without meeting it. Those still inside their window and
/// not yet meeting it are <see cref="Pending"/>, outside the share (they may still meet it). Share is 0–1, null when none counted.
/// </summary>
/// <param name="Counted">Those that met the target plus those whose window closed without meeting it.</param>
/// <param name="Met">Those that met it.</param>
/// <param name="Pending">Still inside their window and not yet meeting it (left out of the share).</param>
/// <param name="Share">Met ÷ counted, 0–1; null when none counted.</param>
public sealed record FollowUpShare(int Counted, int Met, int Pending, decimal? Share)
{
    public static FollowUpShare Of(int met, int missed, int pending) =>
        new(met + missed, met, pending, met + missed == 0 ? null : Math.Round((decimal)met / (met + missed), 4, MidpointRounding.AwayFromZero));

    public static FollowUpShare Sum(IEnumerable<FollowUpShare> shares)
    {
        var list = shares.ToList();
        var met = list.Sum(s => s.Met);
        return Of(met, list.Sum(s => s.Counted) - met, list.Sum(s => s.Pending));
    }
}
