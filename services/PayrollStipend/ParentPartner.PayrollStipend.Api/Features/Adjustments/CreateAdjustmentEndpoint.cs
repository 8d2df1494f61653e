using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Adjustments;

public static class CreateAdjustmentEndpoint
{
    public static RouteHandlerBuilder MapCreateAdjustment(this RouteGroupBuilder program) =>
        program.MapPost("/adjustments", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithValidation()
            .WithIdempotency<PayrollStipendDbContext>()
            .WithName("CreateAdjustment")
            .WithSummary("Correct approved pay with a reason: an adjustment line on the person's next open timesheet (approved lines never change)")
            .Produces<LineResponse>(StatusCodes.Status201Created);

    private static async Task<IResult> HandleAsync(string programId, AdjustmentRequest request, ClaimsPrincipal user, PayrollStipendDbContext db,
        TimesheetLedger ledger, PayrollPrograms programs, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        if (!await db.Payees.AnyAsync(p => p.ProgramId == programId && p.SupportParentId == request.SupportParentId, cancellationToken))
        {
            return Problem.NotFound("payee");
        }
        var payee = await ledger.LockPayeeAsync(programId, request.SupportParentId!.Value, null, cancellationToken);
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        var today = settings.Calendar.DateAt(clock.Now());
        var id = Guid.CreateVersion7();
        var draft = new LineDraft(request.Code ?? EarningsCode.Adjustment, request.OccurredOn ?? today, request.Quantity ?? 0, 0, request.Amount!.Value);
        var source = new LineSource(SourceType.Manual, id) { Reason = request.Reason, CreatedBy = user.SubjectId() };
        var sheet = await ledger.ApplyAsync(settings, payee, source, today, [draft], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var line = await db.Lines.AsNoTracking().FirstAsync(l => l.SourceType == SourceType.Manual && l.SourceId == id, cancellationToken);
        return TypedResults.Created($"/api/payroll/programs/{programId}/timesheets/{sheet!.Id}", LineResponse.From(line));
    }
}
