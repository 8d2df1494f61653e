using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Payroll;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Projections;

/// <summary>PayrollPaid onto <see cref="ReportedPayment"/> and <see cref="ReportedPaidEarnings"/>: once per payment id, whatever the message id.</summary>
public static class PayrollProjection
{
    public static async Task PaidAsync(ReportingDbContext db, PayrollPaid message, CancellationToken cancellationToken)
    {
        // A payment is history in payroll (corrections are later adjustments): a second copy is the same batch,
        // so the first one stored stands and the earnings are written only with it.
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO report_payments (program_id, payment_id, period_id, paid_on, payee_count, total_amount, recorded_at)
            VALUES ({message.ProgramId}, {message.PaymentId}, {message.PeriodId}, {message.PaidOn}, {message.PayeeCount},
                    {message.TotalAmount}, {message.RecordedAt.ToUniversalTime()})
            ON CONFLICT (program_id, payment_id) DO NOTHING
            """,
            cancellationToken);
        if (inserted == 0)
        {
            return;
        }

        // The contract sends one line per code and type; summed here anyway so a repeated pair cannot break the key.
        var lines = message.Earnings
            .GroupBy(e => (Code: Vocabulary.Kebab(e.Code), Type: Vocabulary.Kebab(e.EmploymentType)))
            .Select(g => (g.Key.Code, g.Key.Type, Hours: g.Sum(e => e.Hours), Amount: g.Sum(e => e.Amount)));
        foreach (var (code, type, hours, amount) in lines)
        {
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO report_paid_earnings (program_id, payment_id, code, employment_type, paid_on, hours, amount)
                VALUES ({message.ProgramId}, {message.PaymentId}, {code}, {type}, {message.PaidOn}, {hours}, {amount})
                ON CONFLICT (program_id, payment_id, code, employment_type) DO NOTHING
                """,
                cancellationToken);
        }
    }
}
