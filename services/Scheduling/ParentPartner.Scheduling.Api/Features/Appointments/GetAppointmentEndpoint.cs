using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

public static class GetAppointmentEndpoint
{
    public static RouteHandlerBuilder MapGetAppointment(this RouteGroupBuilder program) =>
        program.MapGet("/appointments/{appointmentId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithName("GetAppointment")
            .WithSummary("One appointment; a support parent sees only those they attend")
            .Produces<AppointmentResponse>();

    private static async Task<IResult> HandleAsync(string programId, Guid appointmentId, SchedulingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.AsNoTracking().Visible(programId, user).FirstOrDefaultAsync(a => a.Id == appointmentId, cancellationToken);
        return appointment is null ? Problem.NotFound("appointment") : TypedResults.Ok(AppointmentResponse.From(appointment));
    }
}
