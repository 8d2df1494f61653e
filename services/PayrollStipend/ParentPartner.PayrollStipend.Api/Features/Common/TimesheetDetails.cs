using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>Finding a timesheet the caller may see, and showing it with its lines and warnings.</summary>
public static class TimesheetDetails
{
    /// <summary>
    /// Staff see every timesheet of their program; a support parent only their own (anyone else's is a 404, as if
    /// it did not exist).
    /// </summary>
    public static async Task<(Timesheet Sheet, Payee Payee, PayPeriod Period)?> FindAsync(
        PayrollStipendDbContext db, string programId, Guid timesheetId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var row = await db.Timesheets.Where(t => t.ProgramId == programId && t.Id == timesheetId)
            .Join(db.Payees, t => t.SupportParentId, p => p.SupportParentId, (t, p) => new { Sheet = t, Payee = p })
            .Join(db.Periods, x => x.Sheet.PeriodId, p => p.Id, (x, p) => new { x.Sheet, x.Payee, Period = p })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null || (!IsStaff(user) && row.Payee.UserSubject != user.SubjectId()))
        {
            return null;
        }
        return (row.Sheet, row.Payee, row.Period);
    }

    public static bool IsStaff(ClaimsPrincipal user) =>
        user.IsInRole(Roles.PayrollApprover) || user.IsInRole(Roles.ProgramCoordinator) || user.IsInRole(Roles.ProgramAdmin);

    public static async Task<TimesheetResponse> BuildAsync(PayrollStipendDbContext db, PayrollPrograms programs, Timesheet sheet, Payee payee, PayPeriod period, CancellationToken cancellationToken)
    {
        var lines = await db.Lines.AsNoTracking().Where(l => l.TimesheetId == sheet.Id).OrderBy(l => l.OccurredOn).ThenBy(l => l.Id).ToListAsync(cancellationToken);
        var totals = lines.GroupBy(l => l.Code).OrderBy(g => g.Key).ToDictionary(g => KebabEnum.Name(g.Key), g => g.Sum(l => l.Amount));
        var warnings = await WarningsAsync(db, programs, payee, period, cancellationToken);
        return new TimesheetResponse(TimesheetSummary.From(sheet, period), payee.EmploymentType, [.. lines.Select(LineResponse.From)], totals, warnings);
    }

    /// <summary>
    /// Per calendar month the period touches: the person's earnings that month on every timesheet (mileage is a
    /// reimbursement and is left out). The benefit-cliff guard looks at what is paid, after the monthly cap; the
    /// monthly-cap warning tells the approver a month was capped and by how much (the cap line already took it off).
    /// </summary>
    public static async Task<IReadOnlyList<PayWarning>> WarningsAsync(PayrollStipendDbContext db, PayrollPrograms programs, Payee payee, PayPeriod period, CancellationToken cancellationToken)
    {
        var warnings = new List<PayWarning>();
        var settings = await programs.SettingsAsync(payee.ProgramId, cancellationToken);
        if (payee.EmploymentType == EmploymentType.Contractor && settings.HoldUntilW9 && !payee.W9OnFile)
        {
            warnings.Add(new PayWarning("w9-missing", "Payment is held until a W-9 is on file."));
        }
        for (var month = new DateOnly(period.StartsOn.Year, period.StartsOn.Month, 1); month <= period.EndsOn; month = month.AddMonths(1))
        {
            var next = month.AddMonths(1);
            var byKind = await db.Lines.Where(l => l.SupportParentId == payee.SupportParentId && l.OccurredOn >= month && l.OccurredOn < next && l.Code != EarningsCode.Mileage)
                .GroupBy(l => l.SourceType == SourceType.MonthlyCap)
                .Select(g => new { IsCap = g.Key, Amount = g.Sum(l => l.Amount) })
                .ToListAsync(cancellationToken);
            var earned = byKind.Where(x => !x.IsCap).Sum(x => x.Amount);
            var paid = earned + byKind.Where(x => x.IsCap).Sum(x => x.Amount);
            var label = $"{month:yyyy-MM}";
            if (BenefitCliff.WouldCross(payee.BenefitMonthlyLevel, paid))
            {
                warnings.Add(new PayWarning("benefit-cliff", $"Earnings for {label} pass the level recorded for this person's benefit; paying is still allowed.", label, paid));
            }
            var policy = await programs.PolicyOnAsync(payee.ProgramId, month, cancellationToken);
            if (MonthlyCapRule.Excess(policy.MonthlyCap, earned) is var excess and > 0)
            {
                warnings.Add(new PayWarning("monthly-cap", $"Capped: earnings for {label} are {excess:0.00} above the monthly cap of {policy.MonthlyCap:0.00}; a monthly-cap line takes that off.", label, earned));
            }
        }
        return warnings;
    }
}
