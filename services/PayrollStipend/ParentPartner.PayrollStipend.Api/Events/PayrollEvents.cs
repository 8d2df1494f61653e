using ParentPartner.Contracts.Payroll;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.PayrollStipend.Api.Events;

/// <summary>The events payroll publishes: totals per program, period and earnings code; never a person, a name or benefit data.</summary>
public static class PayrollEvents
{
    public static PayrollPaid Paid(Guid paymentId, PayPeriod period, DateOnly paidOn, IReadOnlyList<(Timesheet Sheet, EmploymentType Type)> sheets, IReadOnlyList<TimesheetLine> lines, DateTimeOffset at)
    {
        var typeOf = sheets.ToDictionary(s => s.Sheet.Id, s => s.Type);
        return new PayrollPaid
        {
            PaymentId = paymentId,
            ProgramId = period.ProgramId,
            PeriodId = period.Id,
            PeriodStartsOn = period.StartsOn,
            PeriodEndsOn = period.EndsOn,
            PaidOn = paidOn,
            PayeeCount = sheets.Count,
            Earnings = [.. lines.GroupBy(l => (l.Code, Type: typeOf[l.TimesheetId])).OrderBy(g => g.Key.Code).ThenBy(g => g.Key.Type).Select(g => new PaidEarnings
            {
                ProgramId = period.ProgramId,
                Code = KebabEnum.Name(g.Key.Code),
                EmploymentType = KebabEnum.Name(g.Key.Type),
                Hours = Money.Hours(g.Sum(l => l.Minutes)),
                Amount = g.Sum(l => l.Amount),
            })],
            TotalAmount = lines.Sum(l => l.Amount),
            RecordedAt = at,
        };
    }
}
