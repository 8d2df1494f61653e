using System.Security.Claims;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.PayrollStipend.Api.Features.Timesheets;

public static class GetTimesheetEndpoint
{
    public static RouteHandlerBuilder MapGetTimesheet(this RouteGroupBuilder program) =>
        program.MapGet("/timesheets/{timesheetId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.ReadersAndOwner))
            .WithAccessPurpose("payroll")
            .WithName("GetTimesheet")
            .WithSummary("A timesheet with its lines, each pointing at the event it came from, subtotals per earnings code and warnings (benefit cliff, cap, W-9)")
            .Produces<TimesheetResponse>();

    private static async Task<IResult> HandleAsync(string programId, Guid timesheetId, ClaimsPrincipal user, HttpContext http, PayrollStipendDbContext db,
        PayrollPrograms programs, CancellationToken cancellationToken)
    {
        if (await TimesheetDetails.FindAsync(db, programId, timesheetId, user, cancellationToken) is not var (sheet, payee, period))
        {
            return Problem.NotFound("timesheet");
        }
        var details = await TimesheetDetails.BuildAsync(db, programs, sheet, payee, period, cancellationToken);
        db.RecordRead(http, programId, sheet.SupportParentId, PayrollAudit.TimesheetFields);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(details);
    }
}
