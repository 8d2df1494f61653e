using System.Security.Claims;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.PayrollStipend.Api.Features.Timesheets;

public static class SubmitTimesheetEndpoint
{
    public static RouteHandlerBuilder MapSubmitTimesheet(this RouteGroupBuilder program) =>
        program.MapPost("/timesheets/{timesheetId:guid}/submission", (string programId, Guid timesheetId, ClaimsPrincipal user, TimesheetWorkflow workflow, CancellationToken cancellationToken) =>
                workflow.RunAsync(programId, timesheetId, user, async (sheet, payee, period, now) =>
                {
                    if (!sheet.IsOpen)
                    {
                        return TimesheetWorkflow.WrongStatus(sheet, "submitted");
                    }
                    await workflow.RefreshStipendsAsync(payee, period, cancellationToken);
                    sheet.Status = TimesheetStatus.Submitted;
                    sheet.SubmittedAt = now;
                    sheet.SubmittedBy = user.SubjectId();
                    sheet.SubmittedOnBehalf = payee.UserSubject != user.SubjectId();
                    return null;
                }, cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Submitters))
            .WithName("SubmitTimesheet")
            .WithSummary("Submit a draft or returned timesheet: by the parent partner, or by a coordinator on their behalf")
            .Produces<TimesheetResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
