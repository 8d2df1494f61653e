using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

public static class ChangeAppointmentEndpoint
{
    public static RouteHandlerBuilder MapChangeAppointment(this RouteGroupBuilder program) =>
        program.MapPut("/appointments/{appointmentId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithValidation()
            .WithName("ChangeAppointment")
            .WithSummary("Replace a booked appointment's time, place or attendees; bumps its calendar SEQUENCE")
            .Produces<AppointmentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId, Guid appointmentId, AppointmentRequest request, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.Visible(programId, user).FirstOrDefaultAsync(a => a.Id == appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Problem.NotFound("appointment");
        }
        if (appointment.Status != AppointmentStatus.Booked)
        {
            return Problem.Conflict($"The appointment is {ServiceDefaults.Http.KebabEnum.Name(appointment.Status)}; only a booked one can change.");
        }
        if (await AppointmentRules.ApplyAsync(appointment, request, user, db, cancellationToken) is { } problem)
        {
            return problem;
        }
        appointment.Sequence++;
        appointment.UpdatedAt = clock.Now();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AppointmentResponse.From(appointment));
    }
}
