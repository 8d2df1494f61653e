using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.FollowUp;

/// <summary>The follow-up figures from rows already read (no database, so the rules are tested on their own).</summary>
public static class FollowUpTabulation
{
    /// <param name="contacts">Contacts at their latest revision; voided ones are left out here.</param>
    public static (IReadOnlyList<FollowUpMonth> Months, FollowUpMonth Total) Build(
        IReadOnlyList<DateOnly> months, DateTimeOffset now, IReadOnlyList<FollowUpMatch> matches, IEnumerable<ReportedContact> contacts,
        IReadOnlyList<ReportedAppointment> appointments, IReadOnlyList<ReportedOverdueItem> overdue)
    {
        var kept = contacts.Where(c => !c.Voided).ToList();
        // Grouped once, so a long open-ended period costs one pass per month over that month's rows only.
        var data = new Rows(
            kept.ToLookup(c => c.MatchId),
            kept.ToLookup(c => ReportMonths.Of(c.OccurredOn)),
            matches.ToLookup(m => ReportMonths.Of(m.MadeAt)),
            [.. matches.Where(m => m.Kind == FollowUpTargets.ChildWelfare)],
            appointments.ToLookup(a => ReportMonths.Of(a.StartsAt)),
            overdue.ToLookup(i => ReportMonths.Of(i.DueAt)));
        var rows = months.Select(month => Month(month, now, data)).ToList();

        var first = months.Count == 0 ? default : months[0];
        var last = months.Count == 0 ? default : months[^1].AddMonths(1).AddDays(-1);
        var inPeriod = kept.Where(c => months.Count > 0 && c.OccurredOn >= first && c.OccurredOn <= last).ToList();
        var total = new FollowUpMonth(
            null,
            inPeriod.Count,
            Hours(inPeriod),
            FollowUpShare.Sum(rows.Select(r => r.FirstContactWithin48Hours)),
            FollowUpShare.Sum(rows.Select(r => r.FourContactsInFirstEightWeeks)),
            FollowUpShare.Sum(rows.Select(r => r.HoursWithinSevenToTen)),
            rows.Sum(r => r.CourtHearingsAttended),
            rows.Sum(r => r.FamilyTeamMeetingsAttended),
            rows.Sum(r => r.NoShows),
            Merge(rows.Select(r => r.NoShowsBy)),
            rows.Sum(r => r.OverduePlanItems),
            Merge(rows.Select(r => r.OverduePlanItemsByKind)));
        return (rows, total);
    }

    private sealed record Rows(
        ILookup<Guid, ReportedContact> ContactsByMatch,
        ILookup<DateOnly, ReportedContact> ContactsByMonth,
        ILookup<DateOnly, FollowUpMatch> MadeByMonth,
        List<FollowUpMatch> ChildWelfare,
        ILookup<DateOnly, ReportedAppointment> AppointmentsByMonth,
        ILookup<DateOnly, ReportedOverdueItem> OverdueByMonth);

    private static FollowUpMonth Month(DateOnly month, DateTimeOffset now, Rows data)
    {
        var (start, end) = (ReportMonths.Start(month), ReportMonths.End(month));
        var byMatch = data.ContactsByMatch;
        var monthContacts = data.ContactsByMonth[month].ToList();
        var made = data.MadeByMonth[month].ToList();

        var firstContact = Share(made, m =>
        {
            var due = m.MadeAt + FollowUpTargets.FirstContactWithin;
            return (byMatch[m.MatchId].Any(c => c.StartedAt <= due), due > now);
        });
        var firstWeeks = Share(made.Where(m => m.Kind == FollowUpTargets.P2p), m =>
        {
            var windowEnd = m.MadeAt + FollowUpTargets.FirstWeeks;
            return (byMatch[m.MatchId].Count(c => c.StartedAt < windowEnd) >= FollowUpTargets.FirstWeeksContacts, windowEnd > now);
        });
        // A match-month is a child-welfare match active at some moment of the month. Until the month is over it is
        // pending even when in range: more hours may still take it past 10.
        var monthlyHours = Share(
            data.ChildWelfare.Where(m => m.MadeAt < end && (m.EndedAt is not { } ended || ended > start)),
            m =>
            {
                var minutes = byMatch[m.MatchId].Where(c => ReportMonths.Of(c.OccurredOn) == month).Sum(c => c.Minutes);
                var over = end <= now;
                return (over && minutes is >= FollowUpTargets.MonthlyMinutesAtLeast and <= FollowUpTargets.MonthlyMinutesAtMost, !over);
            });

        var closed = data.AppointmentsByMonth[month].ToList();
        var noShows = closed.Where(a => a.Outcome == ReportedAppointment.NoShow).ToList();
        var due = data.OverdueByMonth[month].ToList();
        return new FollowUpMonth(
            ReportMonths.Name(month),
            monthContacts.Count,
            Hours(monthContacts),
            firstContact,
            firstWeeks,
            monthlyHours,
            closed.Count(a => a.Outcome == ReportedAppointment.Fulfilled && a.Kind == ReportedAppointment.CourtHearing),
            closed.Count(a => a.Outcome == ReportedAppointment.Fulfilled && a.Kind == ReportedAppointment.FamilyTeamMeeting),
            noShows.Count,
            ReportQueries.CountBy(noShows, a => a.NoShowBy),
            due.Count,
            ReportQueries.CountBy(due, i => i.Kind));
    }

    /// <summary>Met counts at once; not met counts as missed only once its window has closed, pending until then.</summary>
    private static FollowUpShare Share(IEnumerable<FollowUpMatch> matches, Func<FollowUpMatch, (bool Met, bool WindowOpen)> test)
    {
        int met = 0, missed = 0, pending = 0;
        foreach (var match in matches)
        {
            var (isMet, open) = test(match);
            if (isMet)
            {
                met++;
            }
            else if (open)
            {
                pending++;
            }
            else
            {
                missed++;
            }
        }
        return FollowUpShare.Of(met, missed, pending);
    }

    private static decimal Hours(IEnumerable<ReportedContact> contacts) =>
        Math.Round(contacts.Sum(c => (decimal)c.Minutes) / 60m, 2, MidpointRounding.AwayFromZero);

    private static SortedDictionary<string, int> Merge(IEnumerable<IReadOnlyDictionary<string, int>> counts)
    {
        var merged = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, count) in counts.SelectMany(c => c))
        {
            merged[key] = merged.GetValueOrDefault(key) + count;
        }
        return merged;
    }
}
