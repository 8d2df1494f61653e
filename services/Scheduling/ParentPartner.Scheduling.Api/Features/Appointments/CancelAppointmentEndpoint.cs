using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

public static class CancelAppointmentEndpoint
{
    public static RouteHandlerBuilder MapCancelAppointment(this RouteGroupBuilder program) =>
        program.MapPost("/appointments/{appointmentId:guid}/cancellation", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithName("CancelAppointment")
            .WithSummary("Cancel a booked appointment; it stays in calendars as STATUS:CANCELLED with a higher SEQUENCE")
            .Produces<AppointmentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(string programId, Guid appointmentId, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.Visible(programId, user).FirstOrDefaultAsync(a => a.Id == appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Problem.NotFound("appointment");
        }
        if (appointment.Status != AppointmentStatus.Booked)
        {
            return Problem.Conflict("Only a booked appointment can be cancelled.");
        }
        appointment.Status = AppointmentStatus.Cancelled;
        appointment.Sequence++;
        appointment.UpdatedAt = clock.Now();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AppointmentResponse.From(appointment));
    }
}
