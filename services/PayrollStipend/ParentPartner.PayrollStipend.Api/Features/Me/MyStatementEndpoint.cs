using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.PayrollStipend.Api.Features.Me;

public static class MyStatementEndpoint
{
    public static RouteHandlerBuilder MapMyStatement(this RouteGroupBuilder me) =>
        me.MapGet("/statements/{timesheetId:guid}", async (Guid timesheetId, ClaimsPrincipal user, PayrollStipendDbContext db, PayrollPrograms programs, CancellationToken cancellationToken) =>
                await db.Timesheets.AsNoTracking().Where(t => t.Id == timesheetId).Select(t => t.ProgramId).FirstOrDefaultAsync(cancellationToken) is { } programId
                && await TimesheetDetails.FindAsync(db, programId, timesheetId, user, cancellationToken) is var (sheet, payee, period)
                    ? Results.Ok(await TimesheetDetails.BuildAsync(db, programs, sheet, payee, period, cancellationToken))
                    : Problem.NotFound("pay statement"))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Self))
            .WithName("MyPayStatement")
            .WithSummary("One of your own pay statements: lines with their sources, totals and warnings (benefit cliff)")
            .Produces<TimesheetResponse>();
}
