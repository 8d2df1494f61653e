using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.TaxYears;

/// <summary>Payments by payment date (not the period worked): what the 1099-NEC counts.</summary>
public static class ContractorTotals
{
    public static IQueryable<Timesheet> PaidIn(PayrollStipendDbContext db, int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return db.Timesheets.Where(t => t.Status == TimesheetStatus.Paid && t.PaidOn >= from && t.PaidOn <= to);
    }

    public static bool IsYear(int year) => year is >= 2000 and <= 2100;
}
