using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Features.Common;

/// <summary>Questions several reports ask of the read models.</summary>
public static class ReportQueries
{
    /// <summary>Stand-ins for an open period's bounds (timestamptz and date both hold them).</summary>
    public static readonly DateTimeOffset OpenStart = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset OpenEnd = new(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static (DateTimeOffset Start, DateTimeOffset End) Bounds(this ReportPeriod period) => (period.Start ?? OpenStart, period.End ?? OpenEnd);

    public static (DateOnly From, DateOnly To) Days(this ReportPeriod period) => (period.From ?? DateOnly.FromDateTime(OpenStart.UtcDateTime), period.To ?? DateOnly.FromDateTime(OpenEnd.UtcDateTime));

    /// <summary>Support parents whose latest certification transition up to <paramref name="at"/> says certified.</summary>
    public static async Task<HashSet<Guid>> CertifiedAtAsync(ReportingDbContext db, string programId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var transitions = await db.CertificationTransitions.AsNoTracking()
            .Where(t => t.ProgramId == programId && t.At <= at)
            .Select(t => new { t.SupportParentId, t.At, t.Rank, t.Status })
            .ToListAsync(cancellationToken);
        return transitions
            .GroupBy(t => t.SupportParentId)
            .Where(g => g.OrderByDescending(t => t.At).ThenByDescending(t => t.Rank).First().Status == CertificationTransition.Certified)
            .Select(g => g.Key)
            .ToHashSet();
    }

    /// <summary>Support parents certified at some moment in [start, end).</summary>
    public static async Task<HashSet<Guid>> CertifiedDuringAsync(ReportingDbContext db, string programId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var certified = await CertifiedAtAsync(db, programId, start, cancellationToken);
        var becameCertified = await db.CertificationTransitions.AsNoTracking()
            .Where(t => t.ProgramId == programId && t.Status == CertificationTransition.Certified && t.At >= start && t.At < end)
            .Select(t => t.SupportParentId)
            .Distinct()
            .ToListAsync(cancellationToken);
        certified.UnionWith(becameCertified);
        return certified;
    }

    /// <summary>Active matches per support parent at <paramref name="at"/>.</summary>
    public static async Task<Dictionary<Guid, int>> ActiveMatchesAsync(ReportingDbContext db, string programId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var active = await db.Matches.AsNoTracking()
            .Where(m => m.ProgramId == programId && m.SupportParentId != null && m.MadeAt != null && m.MadeAt <= at && (m.EndedAt == null || m.EndedAt > at))
            .Select(m => m.SupportParentId!.Value)
            .ToListAsync(cancellationToken);
        return active.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
    }

    public static SortedDictionary<string, int> CountBy<T>(IEnumerable<T> items, Func<T, string?> key) =>
        new(items.GroupBy(i => key(i) ?? "unknown").ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);
}
