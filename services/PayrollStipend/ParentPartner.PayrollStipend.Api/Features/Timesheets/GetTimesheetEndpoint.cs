using System.Security.Claims;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.PayrollStipend.Api.Features.Timesheets;

public static class GetTimesheetEndpoint
{
    public static RouteHandlerBuilder MapGetTimesheet(this RouteGroupBuilder program) =>
        program.MapGet("/timesheets/{timesheetId:guid}", async (string programId, Guid timesheetId, ClaimsPrincipal user, PayrollStipendDbContext db, PayrollPrograms programs, CancellationToken cancellationToken) =>
                await TimesheetDetails.FindAsync(db, programId, timesheetId, user, cancellationToken) is var (sheet, payee, period)
                    ? Results.Ok(await TimesheetDetails.BuildAsync(db, programs, sheet, payee, period, cancellationToken))
                    : Problem.NotFound("timesheet"))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.ReadersAndOwner))
            .WithName("GetTimesheet")
            .WithSummary("A timesheet with its lines, each pointing at the event it came from, subtotals per earnings code and warnings (benefit cliff, cap, W-9)")
            .Produces<TimesheetResponse>();
}
