using System.Security.Claims;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.PayrollStipend.Api.Features.Timesheets;

/// <summary>
/// The one path every workflow step takes: lock the person's pay (consumers placing lines wait), check the step is
/// allowed from the current status, change it, save, and answer with the timesheet as it now is.
/// </summary>
public sealed class TimesheetWorkflow(PayrollStipendDbContext db, TimesheetLedger ledger, PayrollPrograms programs, TimeProvider clock)
{
    public delegate Task<IResult?> Step(Timesheet sheet, Payee payee, PayPeriod period, DateTimeOffset now);

    public async Task<IResult> RunAsync(string programId, Guid timesheetId, ClaimsPrincipal user, Step step, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        if (await TimesheetDetails.FindAsync(db, programId, timesheetId, user, cancellationToken) is not var (sheet, payee, period))
        {
            return Problem.NotFound("timesheet");
        }
        await ledger.LockPayeeAsync(programId, payee.SupportParentId, null, cancellationToken);
        await db.Entry(sheet).ReloadAsync(cancellationToken);
        var now = clock.Now();
        if (await step(sheet, payee, period, now) is { } refused)
        {
            return refused;
        }
        sheet.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await TimesheetDetails.BuildAsync(db, programs, sheet, payee, period, cancellationToken));
    }

    /// <summary>Approve or return a submitted timesheet: an approver's decision, never on their own timesheet.</summary>
    public Task<IResult> DecideAsync(string programId, Guid timesheetId, ClaimsPrincipal user, TimesheetStatus decision, string? comment, CancellationToken cancellationToken) =>
        RunAsync(programId, timesheetId, user, (sheet, payee, _, now) =>
        {
            IResult? refused = RefuseOwn(payee, user)
                ?? (sheet.Status != TimesheetStatus.Submitted ? WrongStatus(sheet, decision == TimesheetStatus.Approved ? "approved" : "returned") : null);
            if (refused is null)
            {
                sheet.Status = decision;
                sheet.DecidedAt = now;
                sheet.DecidedBy = user.SubjectId();
                sheet.ReturnComment = comment;
            }
            return Task.FromResult(refused);
        }, cancellationToken);

    /// <summary>An approver never decides their own timesheet.</summary>
    public static IResult? RefuseOwn(Payee payee, ClaimsPrincipal user) =>
        payee.UserSubject is not null && payee.UserSubject == user.SubjectId()
            ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "A payroll approver may not approve or return their own timesheet.")
            : null;

    public static IResult WrongStatus(Timesheet sheet, string step) =>
        Problem.Conflict($"A {ServiceDefaults.Http.KebabEnum.Name(sheet.Status)} timesheet cannot be {step}.");

    /// <summary>Before a timesheet leaves its owner, its match stipends are brought up to date.</summary>
    public async Task RefreshStipendsAsync(Payee payee, PayPeriod period, CancellationToken cancellationToken) =>
        await ledger.RefreshStipendsAsync(await programs.SettingsAsync(payee.ProgramId, cancellationToken), payee, period, cancellationToken);
}
