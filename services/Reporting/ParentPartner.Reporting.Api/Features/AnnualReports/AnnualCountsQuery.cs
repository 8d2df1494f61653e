using ParentPartner.Contracts.Matching;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.Common;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>
/// The national figure set for one program and calendar year, from the read models: the year as the program's
/// calendar has it (1 January 00:00 to 31 December 24:00 in its time zone), with the program's own detail beside it.
/// </summary>
public static class AnnualCountsQuery
{
    public static async Task<AnnualCounts> RunAsync(
        ReportingDbContext db, string programId, int year, ProgramCalendar calendar, DateTimeOffset outcomesKnownAsOf, CancellationToken cancellationToken)
    {
        var (start, end) = YearBounds(calendar, year);
        var (fromDay, toDay) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var yearEnd = end.AddTicks(-1);

        var referrals = await db.Referrals.CountAsync(
            r => r.ProgramId == programId && r.ReceivedCounted && r.ReceivedAt >= start && r.ReceivedAt < end, cancellationToken);
        var informationOnly = await db.Referrals.CountAsync(
            r => r.ProgramId == programId && r.InformationOnlyAt >= start && r.InformationOnlyAt < end, cancellationToken);
        // The catalogue's one information-request measure counts both: referrals settled as information only, and the anonymous tally.
        var inquiries = await InquiryTallyQuery.RunAsync(db, programId, fromDay, toDay, cancellationToken);
        var informationRequests = informationOnly + inquiries.Total;
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
            outcomes)
        {
            Details = new AnnualDetails(
                informationRequests, informationOnly, inquiries,
                await OutcomesQuery.RunAsync(db, programId, start, end, outcomesKnownAsOf, calendar, cancellationToken)),
        };
    }

    /// <summary>The year's first instant and the first instant after it, on the program's calendar.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) YearBounds(ProgramCalendar calendar, int year) =>
        (calendar.StartOf(new LocalDate(year, 1, 1)), calendar.StartOf(new LocalDate(year + 1, 1, 1)));
}
