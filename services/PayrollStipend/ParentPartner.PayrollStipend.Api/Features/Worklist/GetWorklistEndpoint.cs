using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.PayrollStipend.Api.Features.Periods;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Features.Worklist;

public static class GetWorklistEndpoint
{
    public static RouteHandlerBuilder MapGetWorklist(this RouteGroupBuilder program) =>
        program.MapGet("/worklist", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithName("GetPayrollWorklist")
            .WithSummary("Submitted timesheets to approve (oldest first, at most 200), periods past their pay date and not yet paid, contractors held for a W-9")
            .Produces<WorklistResponse>();

    private static async Task<IResult> HandleAsync(string programId, ClaimsPrincipal user, PayrollStipendDbContext db, PayrollPrograms programs, TimeProvider clock, CancellationToken cancellationToken)
    {
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        var today = settings.Calendar.DateAt(clock.Now());
        var subject = user.SubjectId();
        var waiting = await db.Timesheets.AsNoTracking().Where(t => t.ProgramId == programId && t.Status == TimesheetStatus.Submitted)
            .Join(db.Payees, t => t.SupportParentId, p => p.SupportParentId, (t, p) => new { Sheet = t, p.UserSubject })
            .Where(x => x.UserSubject == null || x.UserSubject != subject)
            .Join(db.Periods, x => x.Sheet.PeriodId, p => p.Id, (x, p) => new { x.Sheet, Period = p })
            .OrderBy(x => x.Sheet.SubmittedAt).Take(200).ToListAsync(cancellationToken);
        var overdueIds = await db.Timesheets.Where(t => t.ProgramId == programId && t.Status != TimesheetStatus.Paid && t.Total != 0)
            .Join(db.Periods, t => t.PeriodId, p => p.Id, (t, p) => p)
            .Where(p => p.PayDate < today).Select(p => p.Id).Distinct().ToListAsync(cancellationToken);
        var overdue = await db.Periods.AsNoTracking().Where(p => overdueIds.Contains(p.Id)).OrderBy(p => p.PayDate).ToListAsync(cancellationToken);
        var held = !settings.HoldUntilW9 ? 0 : await db.Timesheets.Where(t => t.ProgramId == programId && t.Status == TimesheetStatus.Approved)
            .Join(db.Payees, t => t.SupportParentId, p => p.SupportParentId, (t, p) => p)
            .CountAsync(p => p.EmploymentType == EmploymentType.Contractor && !p.W9OnFile, cancellationToken);
        return TypedResults.Ok(new WorklistResponse(
            [.. waiting.Select(x => TimesheetSummary.From(x.Sheet, x.Period))],
            await PeriodFigures.ForAsync(db, overdue, today, cancellationToken),
            held));
    }
}
