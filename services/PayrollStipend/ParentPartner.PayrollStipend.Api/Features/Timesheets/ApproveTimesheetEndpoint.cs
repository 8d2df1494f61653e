using System.Security.Claims;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;

namespace ParentPartner.PayrollStipend.Api.Features.Timesheets;

public static class ApproveTimesheetEndpoint
{
    public static RouteHandlerBuilder MapApproveTimesheet(this RouteGroupBuilder program) =>
        program.MapPost("/timesheets/{timesheetId:guid}/approval", (string programId, Guid timesheetId, ClaimsPrincipal user, TimesheetWorkflow workflow, CancellationToken cancellationToken) =>
                workflow.DecideAsync(programId, timesheetId, user, TimesheetStatus.Approved, null, cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithName("ApproveTimesheet")
            .WithSummary("Approve a submitted timesheet (never your own): its lines become immutable; later changes arrive as adjustments in a later period")
            .Produces<TimesheetResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
