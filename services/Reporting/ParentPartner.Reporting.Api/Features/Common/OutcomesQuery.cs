using ParentPartner.Contracts.Matching;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Reporting.Api.Features.Common;

/// <summary>Reunifications in a period and the re-entries into care known about them at a moment.</summary>
public static class OutcomesQuery
{
    public static async Task<MatchOutcomes> RunAsync(
        ReportingDbContext db, string programId, DateTimeOffset start, DateTimeOffset end, DateTimeOffset knownAsOf, ProgramCalendar calendar,
        CancellationToken cancellationToken)
    {
        var reunified = await db.Matches.AsNoTracking()
            .Where(m => m.ProgramId == programId && m.EndedAt >= start && m.EndedAt < end && m.EndReason == MatchEndReasons.Reunified)
            .Select(m => new { m.MatchId, m.ReferralId, EndedAt = m.EndedAt!.Value })
            .ToListAsync(cancellationToken);
        var referralIds = reunified.Where(m => m.ReferralId != null).Select(m => m.ReferralId!.Value).Distinct().ToList();
        var reEntries = await db.ReEntries.AsNoTracking()
            .Where(r => r.ProgramId == programId && referralIds.Contains(r.ReferralId) && r.RecordedAt <= knownAsOf)
            .ToListAsync(cancellationToken);
        var today = DayOf(calendar, knownAsOf);

        int within12 = 0, within24 = 0, followed12 = 0, followed24 = 0;
        foreach (var match in reunified)
        {
            var reunifiedOn = DayOf(calendar, match.EndedAt);
            // A re-entry names the reunification it follows when referral knew it; otherwise any after this one counts.
            var first = reEntries
                .Where(r => r.ReferralId == match.ReferralId && (r.MatchId is null || r.MatchId == match.MatchId) && r.EnteredCareOn >= reunifiedOn)
                .Select(r => (DateOnly?)r.EnteredCareOn)
                .Min();
            var in12 = first <= reunifiedOn.AddMonths(12);
            var in24 = first <= reunifiedOn.AddMonths(24);
            within12 += in12 ? 1 : 0;
            within24 += in24 ? 1 : 0;
            followed12 += in12 || today > reunifiedOn.AddMonths(12) ? 1 : 0;
            followed24 += in24 || today > reunifiedOn.AddMonths(24) ? 1 : 0;
        }
        return new MatchOutcomes(reunified.Count, within12, within24, followed12, followed24);
    }

    private static DateOnly DayOf(ProgramCalendar calendar, DateTimeOffset at)
    {
        var date = calendar.DateOf(at);
        return new DateOnly(date.Year, date.Month, date.Day);
    }
}
