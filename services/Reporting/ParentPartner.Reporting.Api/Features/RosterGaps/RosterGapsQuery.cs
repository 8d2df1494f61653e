using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.Common;

namespace ParentPartner.Reporting.Api.Features.RosterGaps;

public static class RosterGapsQuery
{
    public static async Task<RosterGapsResponse> RunAsync(
        ReportingDbContext db, string programId, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var asOf = period.EndInstant(now);
        var ready = await db.Referrals.AsNoTracking()
            .Where(r => r.ProgramId == programId && r.ReadyAt != null && r.ReadyAt <= asOf)
            .ToListAsync(cancellationToken);
        var waiting = ready.Where(r => r.WaitingAt(asOf)).ToList();
        var becameReady = ready.Where(r => period.Contains(r.ReadyAt)).ToList();

        var certified = await ReportQueries.CertifiedAtAsync(db, programId, asOf, cancellationToken);
        var active = await ReportQueries.ActiveMatchesAsync(db, programId, asOf, cancellationToken);
        var parents = await db.SupportParents.AsNoTracking()
            .Where(p => p.ProgramId == programId)
            .ToListAsync(cancellationToken);
        var withCapacity = parents
            .Where(p => certified.Contains(p.SupportParentId))
            .Select(p => (Parent: p, Free: p.MaxCaseload - active.GetValueOrDefault(p.SupportParentId)))
            .Where(p => p.Free > 0)
            .ToList();

        var rows = Tabulate(waiting, becameReady, withCapacity);
        return new RosterGapsResponse(programId, period.From, period.To, asOf, rows);
    }

    /// <summary>
    /// The rows, largest shortfall first. Referrals without a value in a dimension are counted on a "not recorded"
    /// row (value null) with no shortfall, since there is nobody to recruit for an unknown; a dimension that no
    /// referral or support parent of the program has a value in (condition categories in a child-welfare program,
    /// case stages in a Parent to Parent one) does not apply and gets no such row.
    /// </summary>
    internal static List<RosterGapRow> Tabulate(
        IReadOnlyList<ReportedReferral> waiting, IReadOnlyList<ReportedReferral> becameReady,
        IReadOnlyList<(ReportedSupportParent Parent, int Free)> withCapacity)
    {
        var rows = new List<RosterGapRow>();
        foreach (var dimension in RosterDimensions.All)
        {
            var counts = new Dictionary<string, (int Waiting, int Ready, int Parents, int Slots)>(StringComparer.OrdinalIgnoreCase);
            var unrecorded = (Waiting: 0, Ready: 0, Parents: 0, Slots: 0);
            void Add(IReadOnlyList<string> values, Func<(int, int, int, int), (int, int, int, int)> change)
            {
                if (values.Count == 0)
                {
                    unrecorded = change(unrecorded);
                }
                foreach (var value in values)
                {
                    counts[value] = change(counts.GetValueOrDefault(value));
                }
            }

            foreach (var referral in waiting)
            {
                Add(ReferralValues(referral, dimension), c => (c.Item1 + 1, c.Item2, c.Item3, c.Item4));
            }
            foreach (var referral in becameReady)
            {
                Add(ReferralValues(referral, dimension), c => (c.Item1, c.Item2 + 1, c.Item3, c.Item4));
            }
            foreach (var (parent, free) in withCapacity)
            {
                var values = ParentValues(parent, dimension);
                // A support parent without lived case experience is no gap to report under "not recorded".
                if (values.Count > 0)
                {
                    Add(values, c => (c.Item1, c.Item2, c.Item3 + 1, c.Item4 + free));
                }
            }

            rows.AddRange(counts.Select(c => Row(dimension, c.Key, c.Value)));
            if (counts.Count > 0 && unrecorded.Waiting + unrecorded.Ready > 0)
            {
                rows.Add(Row(dimension, null, unrecorded) with { Shortfall = 0 });
            }
        }
        return rows
            .OrderByDescending(r => r.Shortfall)
            .ThenBy(r => r.Dimension, StringComparer.Ordinal)
            .ThenBy(r => r.Value ?? "\uffff", StringComparer.Ordinal)
            .ToList();
    }

    private static RosterGapRow Row(string dimension, string? value, (int Waiting, int Ready, int Parents, int Slots) c) =>
        new(dimension, value, c.Waiting, c.Ready, c.Parents, c.Slots, Math.Max(0, c.Waiting - c.Slots));

    private static IReadOnlyList<string> ReferralValues(ReportedReferral referral, string dimension) => dimension switch
    {
        RosterDimensions.Language => referral.Languages,
        RosterDimensions.ConditionCategory => referral.ConditionCategories,
        RosterDimensions.CaseStage => referral.CaseStage is { } stage ? [stage] : [],
        _ => referral.County is { } county ? [county] : [],
    };

    private static IReadOnlyList<string> ParentValues(ReportedSupportParent parent, string dimension) => dimension switch
    {
        RosterDimensions.Language => parent.Languages,
        RosterDimensions.ConditionCategory => parent.ConditionCategories,
        RosterDimensions.CaseStage => parent.CaseExperience,
        _ => parent.County is { } county ? [county] : [],
    };
}
