using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.PayrollStipend.Api.Features.Periods;

/// <summary>Periods with their timesheet counts and the overdue flag.</summary>
public static class PeriodFigures
{
    public static async Task<IReadOnlyList<PeriodResponse>> ForAsync(PayrollStipendDbContext db, IReadOnlyList<PayPeriod> periods, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = periods.Select(p => p.Id).ToList();
        var counts = await db.Timesheets.Where(t => ids.Contains(t.PeriodId))
            .GroupBy(t => new { t.PeriodId, t.Status })
            .Select(g => new { g.Key.PeriodId, g.Key.Status, Count = g.Count(), Total = g.Sum(t => t.Total), Unpaid = g.Count(t => t.Total != 0) })
            .ToListAsync(cancellationToken);
        return [.. periods.Select(p =>
        {
            var mine = counts.Where(c => c.PeriodId == p.Id).ToList();
            var overdue = IsOverdue(p, today, mine.Where(c => c.Status != TimesheetStatus.Paid).Sum(c => c.Unpaid));
            return new PeriodResponse(p.Id, p.StartsOn, p.EndsOn, p.PayDate, p.Frequency, overdue,
                mine.ToDictionary(c => KebabEnum.Name(c.Status), c => c.Count), mine.Sum(c => c.Total));
        })];
    }

    /// <summary>Past its pay date (in the program's time zone) with pay in it not yet recorded as paid.</summary>
    public static bool IsOverdue(PayPeriod period, DateOnly today, int unpaidTimesheets) => period.PayDate < today && unpaidTimesheets > 0;
}
