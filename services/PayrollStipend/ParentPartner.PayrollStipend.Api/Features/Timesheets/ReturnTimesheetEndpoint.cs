using System.Security.Claims;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Timesheets;

public static class ReturnTimesheetEndpoint
{
    public static RouteHandlerBuilder MapReturnTimesheet(this RouteGroupBuilder program) =>
        program.MapPost("/timesheets/{timesheetId:guid}/return", (string programId, Guid timesheetId, ReturnRequest request, ClaimsPrincipal user, TimesheetWorkflow workflow, CancellationToken cancellationToken) =>
                workflow.DecideAsync(programId, timesheetId, user, TimesheetStatus.Returned, request.Comment, cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithValidation()
            .WithName("ReturnTimesheet")
            .WithSummary("Return a submitted timesheet to its owner with a comment (never your own); they correct and submit again")
            .Produces<TimesheetResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
