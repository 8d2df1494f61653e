using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.FollowUp;

public static class FollowUpQuery
{
    public static async Task<FollowUpResponse> RunAsync(
        ReportingDbContext db, string programId, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var from = period.From ?? await EarliestAsync(db, programId, cancellationToken) ?? today;
        var to = period.To ?? (today < from ? from : today);
        var months = ReportMonths.Between(from, to);
        var (start, end) = (ReportMonths.Start(months[0]), ReportMonths.End(months[^1]));
        var (firstDay, lastDay) = (months[0], months[^1].AddMonths(1).AddDays(-1));

        // Matches made in the months (first contact, first weeks) and matches active in them (monthly hours).
        var rows = await db.Matches.AsNoTracking()
            .Where(m => m.ProgramId == programId && m.MadeAt != null && m.MadeAt < end && (m.EndedAt == null || m.EndedAt > start))
            .Select(m => new { m.MatchId, MadeAt = m.MadeAt!.Value, m.EndedAt, m.ProgramKind, m.ReferralId })
            .ToListAsync(cancellationToken);
        var matches = await WithKindsAsync(db, programId, rows.Select(m => (m.MatchId, m.MadeAt, m.EndedAt, m.ProgramKind, m.ReferralId)).ToList(), cancellationToken);

        // Contacts of the months, and those of the months' new matches however late (their first 8 weeks run on).
        var madeIds = matches.Where(m => m.MadeAt >= start).Select(m => m.MatchId).ToList();
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => c.ProgramId == programId && !c.Voided
                        && ((c.OccurredOn >= firstDay && c.OccurredOn <= lastDay) || madeIds.Contains(c.MatchId)))
            .ToListAsync(cancellationToken);
        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => a.ProgramId == programId && a.StartsAt >= start && a.StartsAt < end)
            .ToListAsync(cancellationToken);
        var overdue = await db.OverdueItems.AsNoTracking()
            .Where(i => i.ProgramId == programId && i.DueAt >= start && i.DueAt < end)
            .ToListAsync(cancellationToken);

        var (figures, total) = FollowUpTabulation.Build(months, now, matches, contacts, appointments, overdue);
        return new FollowUpResponse(programId, firstDay, lastDay, figures, total);
    }

    /// <summary>The match's own kind; for older senders the referral's, then the program's (its reporting settings).</summary>
    private static async Task<List<FollowUpMatch>> WithKindsAsync(
        ReportingDbContext db, string programId, List<(Guid MatchId, DateTimeOffset MadeAt, DateTimeOffset? EndedAt, string? Kind, Guid? ReferralId)> rows,
        CancellationToken cancellationToken)
    {
        var unknown = rows.Where(m => m.Kind is null && m.ReferralId is not null).Select(m => m.ReferralId!.Value).Distinct().ToList();
        var referralKinds = unknown.Count == 0
            ? []
            : await db.Referrals.AsNoTracking()
                .Where(r => r.ProgramId == programId && r.ProgramKind != null && unknown.Contains(r.ReferralId))
                .ToDictionaryAsync(r => r.ReferralId, r => r.ProgramKind!, cancellationToken);
        var programKind = await db.Settings.AsNoTracking()
            .Where(s => s.ProgramId == programId)
            .Select(s => s.Kind)
            .FirstOrDefaultAsync(cancellationToken);
        return
        [
            .. rows.Select(m => new FollowUpMatch(
                m.MatchId, m.MadeAt, m.EndedAt,
                m.Kind ?? (m.ReferralId is { } referral ? referralKinds.GetValueOrDefault(referral) : null) ?? programKind)),
        ];
    }

    /// <summary>An open start begins at the program's first follow-up figure.</summary>
    private static async Task<DateOnly?> EarliestAsync(ReportingDbContext db, string programId, CancellationToken cancellationToken)
    {
        var made = await db.Matches.Where(m => m.ProgramId == programId).MinAsync(m => m.MadeAt, cancellationToken);
        var contact = await db.Contacts.Where(c => c.ProgramId == programId).MinAsync(c => (DateOnly?)c.OccurredOn, cancellationToken);
        var appointment = await db.Appointments.Where(a => a.ProgramId == programId).MinAsync(a => (DateTimeOffset?)a.StartsAt, cancellationToken);
        var due = await db.OverdueItems.Where(i => i.ProgramId == programId).MinAsync(i => (DateTimeOffset?)i.DueAt, cancellationToken);
        DateOnly?[] days =
        [
            made is { } m ? DateOnly.FromDateTime(m.UtcDateTime) : null,
            contact,
            appointment is { } a ? DateOnly.FromDateTime(a.UtcDateTime) : null,
            due is { } d ? DateOnly.FromDateTime(d.UtcDateTime) : null,
        ];
        return days.Where(d => d is not null).Min();
    }
}
