using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Events;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Periods;

public static class RecordPaymentEndpoint
{
    public static RouteHandlerBuilder MapRecordPayment(this RouteGroupBuilder program) =>
        program.MapPost("/periods/{periodId:guid}/payments", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithValidation()
            .WithIdempotency<PayrollStipendDbContext>()
            .WithName("RecordPayment")
            .WithSummary("Record that a period's exported pay was paid on a date: its timesheets become paid, and reporting gets the totals (PayrollPaid)")
            .Produces<PaymentResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(string programId, Guid periodId, PaymentRequest request, PayrollStipendDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.ProgramId == programId && p.Id == periodId, cancellationToken) is not { } period)
        {
            return Problem.NotFound("pay period");
        }
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        var sheets = await db.Timesheets.FromSql($"SELECT * FROM timesheets WHERE period_id = {periodId} AND status = {nameof(TimesheetStatus.Exported)} FOR UPDATE")
            .Join(db.Payees, t => t.SupportParentId, p => p.SupportParentId, (t, p) => new { Sheet = t, p.EmploymentType })
            .ToListAsync(cancellationToken);
        if (sheets.Count == 0)
        {
            return Problem.Conflict("Nothing in this period is exported and waiting to be paid.");
        }
        var ids = sheets.Select(s => s.Sheet.Id).ToList();
        var lines = await db.Lines.AsNoTracking().Where(l => ids.Contains(l.TimesheetId)).ToListAsync(cancellationToken);
        var now = clock.Now();
        foreach (var s in sheets)
        {
            s.Sheet.Status = TimesheetStatus.Paid;
            s.Sheet.PaidOn = request.PaidOn;
            s.Sheet.UpdatedAt = now;
        }
        var paymentId = Guid.CreateVersion7();
        db.Publish(PayrollEvents.Paid(paymentId, period, request.PaidOn!.Value, [.. sheets.Select(s => (s.Sheet, s.EmploymentType))], lines, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/payroll/programs/{programId}/periods/{periodId}",
            new PaymentResponse(paymentId, periodId, request.PaidOn.Value, sheets.Count, sheets.Sum(s => s.Sheet.Total)));
    }
}
