using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.TimeToMatch;

public static class TimeToMatchQuery
{
    public static async Task<TimeToMatchResponse> RunAsync(ReportingDbContext db, string programId, ReportPeriod period, CancellationToken cancellationToken)
    {
        var (start, end) = period.Bounds();
        var target = await db.Settings.AsNoTracking()
            .Where(s => s.ProgramId == programId)
            .Select(s => (int?)s.TargetHours)
            .FirstOrDefaultAsync(cancellationToken) ?? ReportingSettings.DefaultTargetHours;
        var matches = await db.Matches.AsNoTracking()
            .Where(m => m.ProgramId == programId && m.ReadyAt != null && m.MadeAt >= start && m.MadeAt < end)
            .Select(m => new { m.ReadyAt, m.MadeAt })
            .ToListAsync(cancellationToken);

        var hours = matches.Select(m => Math.Max(0, (m.MadeAt!.Value - m.ReadyAt!.Value).TotalHours)).Order().ToList();
        var within = hours.Count(h => h <= target);
        return new TimeToMatchResponse(
            programId,
            period.From,
            period.To,
            target,
            hours.Count,
            Round(Percentile.Of(hours, 0.5), 2),
            Round(Percentile.Of(hours, 0.9), 2),
            within,
            hours.Count == 0 ? null : Math.Round((decimal)within / hours.Count, 4, MidpointRounding.AwayFromZero));
    }

    private static decimal? Round(double? value, int decimals) =>
        value is { } v ? Math.Round((decimal)v, decimals, MidpointRounding.AwayFromZero) : null;
}
