using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.ProgramSummary;

public static class ProgramSummaryQuery
{
    public static async Task<ProgramSummaryResponse> RunAsync(
        ReportingDbContext db, string programId, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (start, end) = period.Bounds();
        var (fromDay, toDay) = period.Days();
        var asOf = period.EndInstant(now);

        var received = await db.Referrals.AsNoTracking()
            .Where(r => r.ProgramId == programId && r.ReceivedCounted && r.ReceivedAt >= start && r.ReceivedAt < end)
            .Select(r => new { r.Source, r.Status })
            .ToListAsync(cancellationToken);
        var informationTopics = await db.Referrals.AsNoTracking()
            .Where(r => r.ProgramId == programId && r.InformationOnlyAt >= start && r.InformationOnlyAt < end)
            .Select(r => r.InformationTopics)
            .ToListAsync(cancellationToken);

        var matchesMade = await db.Matches.CountAsync(m => m.ProgramId == programId && m.MadeAt >= start && m.MadeAt < end, cancellationToken);
        var matchesActive = await db.Matches.CountAsync(
            m => m.ProgramId == programId && m.MadeAt <= asOf && (m.EndedAt == null || m.EndedAt > asOf), cancellationToken);
        var ended = await db.Matches.AsNoTracking()
            .Where(m => m.ProgramId == programId && m.EndedAt >= start && m.EndedAt < end)
            .Select(m => new { m.EndReason })
            .ToListAsync(cancellationToken);
        var calendar = await ProgramZone.CalendarAsync(db, programId, cancellationToken);
        var outcomes = await OutcomesQuery.RunAsync(db, programId, start, end, now, calendar, cancellationToken);
        var inquiries = await InquiryTallyQuery.RunAsync(db, programId, fromDay, toDay, cancellationToken);

        var offersMade = await db.Offers.CountAsync(o => o.ProgramId == programId && o.OfferedAt >= start && o.OfferedAt < end, cancellationToken);
        var declines = await db.Offers.AsNoTracking()
            .Where(o => o.ProgramId == programId && o.DeclinedAt >= start && o.DeclinedAt < end)
            .Select(o => o.DeclineReason)
            .ToListAsync(cancellationToken);
        var offersExpired = await db.Offers.CountAsync(o => o.ProgramId == programId && o.ExpiredAt >= start && o.ExpiredAt < end, cancellationToken);

        var trainings = await db.Trainings.AsNoTracking()
            .Where(t => t.ProgramId == programId && t.Completed && t.AttendedOn >= fromDay && t.AttendedOn <= toDay)
            .Select(t => t.Hours)
            .ToListAsync(cancellationToken);
        var certified = await ReportQueries.CertifiedAtAsync(db, programId, asOf, cancellationToken);
        var newlyCertified = await db.SupportParents.CountAsync(
            p => p.ProgramId == programId && p.FirstCertifiedAt >= start && p.FirstCertifiedAt < end, cancellationToken);

        return new ProgramSummaryResponse(
            programId,
            period.From,
            period.To,
            received.Count,
            ReportQueries.CountBy(received, r => r.Source),
            ReportQueries.CountBy(received, r => r.Status),
            informationTopics.Count + inquiries.Total,
            Combined(ReportQueries.CountBy(informationTopics.SelectMany(t => t), t => t), inquiries.ByTopic),
            informationTopics.Count,
            inquiries.Total,
            inquiries.ResourcesSent,
            inquiries.ByChannel,
            inquiries.ByTopic,
            inquiries.ByLanguage,
            inquiries.ByCounty,
            matchesMade,
            matchesActive,
            ended.Count,
            ReportQueries.CountBy(ended, m => m.EndReason),
            outcomes,
            offersMade,
            declines.Count,
            ReportQueries.CountBy(declines, r => r),
            offersExpired,
            trainings.Count,
            trainings.Sum(),
            certified.Count,
            newlyCertified);
    }

    private static SortedDictionary<string, int> Combined(IReadOnlyDictionary<string, int> first, IReadOnlyDictionary<string, int> second)
    {
        var combined = new SortedDictionary<string, int>(first.ToDictionary(), StringComparer.Ordinal);
        foreach (var (key, count) in second)
        {
            combined[key] = combined.GetValueOrDefault(key) + count;
        }
        return combined;
    }
}
