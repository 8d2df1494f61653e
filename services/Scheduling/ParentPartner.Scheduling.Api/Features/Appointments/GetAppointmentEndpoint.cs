using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

public static class GetAppointmentEndpoint
{
    public static RouteHandlerBuilder MapGetAppointment(this RouteGroupBuilder program) =>
        program.MapGet("/appointments/{appointmentId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithAccessPurpose("case-work")
            .WithName("GetAppointment")
            .WithSummary("One appointment; a support parent sees only those they attend")
            .Produces<AppointmentResponse>();

    private static async Task<IResult> HandleAsync(string programId, Guid appointmentId, SchedulingDbContext db, ClaimsPrincipal user, HttpContext http, CancellationToken cancellationToken)
    {
        var appointment = await db.Appointments.AsNoTracking().Visible(programId, user).FirstOrDefaultAsync(a => a.Id == appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Problem.NotFound("appointment");
        }
        await db.RecordReadAsync(http, programId, appointment.MatchId, "appointment", appointment.Id, SchedulingAudit.AppointmentFields, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AppointmentResponse.From(appointment));
    }
}
