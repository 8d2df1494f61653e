using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>The national figure set for one program and calendar year (UTC), from the read models.</summary>
public static class AnnualCountsQuery
{
    public static async Task<AnnualCounts> RunAsync(ReportingDbContext db, string programId, int year, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Year(year);
        var (start, end) = period.Bounds();
        var (fromDay, toDay) = period.Days();
        var yearEnd = end.AddTicks(-1);

        var referrals = await db.Referrals.CountAsync(
            r => r.ProgramId == programId && r.ReceivedCounted && r.ReceivedAt >= start && r.ReceivedAt < end, cancellationToken);
        var informationRequests = await db.Referrals.CountAsync(
            r => r.ProgramId == programId && r.InformationOnlyAt >= start && r.InformationOnlyAt < end, cancellationToken);
        var matchesMade = await db.Matches.CountAsync(m => m.ProgramId == programId && m.MadeAt >= start && m.MadeAt < end, cancellationToken);
        var activeAtYearEnd = await db.Matches.CountAsync(
            m => m.ProgramId == programId && m.MadeAt <= yearEnd && (m.EndedAt == null || m.EndedAt > yearEnd), cancellationToken);
        var trainings = await db.Trainings.CountAsync(
            t => t.ProgramId == programId && t.Completed && t.AttendedOn >= fromDay && t.AttendedOn <= toDay, cancellationToken);

        // Active: certified at some moment of the year, or serving a family at some moment of it.
        var active = await ReportQueries.CertifiedDuringAsync(db, programId, start, end, cancellationToken);
        var serving = await db.Matches.AsNoTracking()
            .Where(m => m.ProgramId == programId && m.SupportParentId != null && m.MadeAt < end && (m.EndedAt == null || m.EndedAt >= start))
            .Select(m => m.SupportParentId!.Value)
            .Distinct()
            .ToListAsync(cancellationToken);
        active.UnionWith(serving);

        // Outcomes: the year's matches made that also ended in the year, by reason.
        var endReasons = await db.Matches.AsNoTracking()
            .Where(m => m.ProgramId == programId && m.MadeAt >= start && m.MadeAt < end && m.EndedAt >= start && m.EndedAt < end)
            .Select(m => m.EndReason)
            .ToListAsync(cancellationToken);
        var outcomes = MatchEndReasons.All.Select(reason => endReasons.Count(r => MatchEndReasons.Normalise(r) == reason)).ToList();

        return new AnnualCounts(
            new Dictionary<string, int>(StringComparer.Ordinal)
            {
                [ReportedFigure.ReferralsReceived] = referrals,
                [ReportedFigure.InformationRequests] = informationRequests,
                [ReportedFigure.MatchesMade] = matchesMade,
                [ReportedFigure.MatchesActiveAtYearEnd] = activeAtYearEnd,
                [ReportedFigure.SupportParentsActive] = active.Count,
                [ReportedFigure.TrainingsCompleted] = trainings,
            },
            outcomes);
    }
}
