using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Events;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

public static class RecordOutcomeEndpoint
{
    public static RouteHandlerBuilder MapRecordOutcome(this RouteGroupBuilder program) =>
        program.MapPut("/appointments/{appointmentId:guid}/outcome", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithValidation()
            .WithName("RecordAppointmentOutcome")
            .WithSummary("Mark an appointment that has started fulfilled or no-show (who did not show); publishes AppointmentClosed")
            .Produces<AppointmentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        string programId, Guid appointmentId, OutcomeRequest request, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.Visible(programId, user).FirstOrDefaultAsync(a => a.Id == appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Problem.NotFound("appointment");
        }
        var now = clock.Now();
        if (appointment.Status != AppointmentStatus.Booked)
        {
            return Problem.Conflict("The appointment already has an outcome or was cancelled.");
        }
        if (appointment.StartsAt > now)
        {
            return Problem.Conflict("The appointment has not started yet.");
        }
        appointment.Status = request.Outcome == AppointmentOutcome.Fulfilled ? AppointmentStatus.Fulfilled : AppointmentStatus.NoShow;
        appointment.NoShowBy = request.NoShowBy;
        appointment.NeedsOutcome = false;
        appointment.UpdatedAt = now;
        db.Publish(SchedulingEvents.Closed(appointment, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AppointmentResponse.From(appointment));
    }
}
