using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

public static class CancelAppointmentEndpoint
{
    public static RouteHandlerBuilder MapCancelAppointment(this RouteGroupBuilder program) =>
        program.MapPost("/appointments/{appointmentId:guid}/cancellation", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithName("CancelAppointment")
            .WithSummary("Cancel a booked appointment (for a weekly series ?scope=this, the default, or ?scope=following); calendars show it cancelled with a higher SEQUENCE")
            .Produces<AppointmentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(string programId, Guid appointmentId, string? scope, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (SeriesScopes.TryRead(scope, out var covers) is { } badScope)
        {
            return badScope;
        }
        var appointment = await db.Appointments.Visible(programId, user).FirstOrDefaultAsync(a => a.Id == appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Problem.NotFound("appointment");
        }
        if (appointment.Status != AppointmentStatus.Booked)
        {
            return Problem.Conflict("Only a booked appointment can be cancelled.");
        }
        var now = clock.Now();
        var cancelled = covers == SeriesScope.Following && appointment.SeriesId is { } seriesId
            ? await db.Appointments.Visible(programId, user)
                .Where(a => a.SeriesId == seriesId && a.OccurrenceLocal >= appointment.OccurrenceLocal && a.Status == AppointmentStatus.Booked).ToListAsync(cancellationToken)
            : [appointment];
        foreach (var one in cancelled)
        {
            one.Status = AppointmentStatus.Cancelled;
            one.Sequence++;
            one.UpdatedAt = now;
        }
        if (appointment.SeriesId is { } series)
        {
            // The series' master event gains EXDATEs: calendars must see it changed too.
            await db.AppointmentSeries.Where(s => s.Id == series).ExecuteUpdateAsync(set => set.SetProperty(s => s.Sequence, s => s.Sequence + 1), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AppointmentResponse.From(appointment));
    }
}
