using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Features.Common;
using ParentPartner.Reporting.Api.Features.FollowUp;

namespace ParentPartner.Reporting.Api.Features.Payroll;

public static class PayrollQuery
{
    public static async Task<PayrollResponse> RunAsync(
        ReportingDbContext db, string programId, ReportPeriod period, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // An open start begins at the program's first payment.
        var from = period.From
                   ?? await db.Payments.Where(p => p.ProgramId == programId).MinAsync(p => (DateOnly?)p.PaidOn, cancellationToken)
                   ?? today;
        var to = period.To ?? (today < from ? from : today);
        var months = ReportMonths.Between(from, to);
        var (firstDay, lastDay) = (months[0], months[^1].AddMonths(1).AddDays(-1));

        // PaidOn is already the program's own calendar day: no time zone to apply.
        var payments = await db.Payments.AsNoTracking()
            .Where(p => p.ProgramId == programId && p.PaidOn >= firstDay && p.PaidOn <= lastDay)
            .ToListAsync(cancellationToken);
        var earnings = await db.PaidEarnings.AsNoTracking()
            .Where(e => e.ProgramId == programId && e.PaidOn >= firstDay && e.PaidOn <= lastDay)
            .ToListAsync(cancellationToken);

        var (figures, total) = PayrollTabulation.Build(months, payments, earnings);
        return new PayrollResponse(programId, firstDay, lastDay, figures, total);
    }
}
