using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Common;
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
            .WithSummary("Replace a booked appointment's time, place or attendees; for a weekly series ?scope=this (default) or ?scope=following; bumps its calendar SEQUENCE")
            .Produces<AppointmentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId, Guid appointmentId, string? scope, AppointmentRequest request, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (SeriesScopes.TryRead(scope, out var covers) is { } badScope)
        {
            return badScope;
        }
        if (request.Repeat is not null)
        {
            return new FieldErrors().Add("repeat", "is only for booking; change a series with ?scope=following.").ToProblem();
        }
        var appointment = await db.Appointments.Visible(programId, user).FirstOrDefaultAsync(a => a.Id == appointmentId, cancellationToken);
        if (appointment is null)
        {
            return Problem.NotFound("appointment");
        }
        if (appointment.Status != AppointmentStatus.Booked)
        {
            return Problem.Conflict($"The appointment is {ServiceDefaults.Http.KebabEnum.Name(appointment.Status)}; only a booked one can change.");
        }
        var now = clock.Now();
        if (covers == SeriesScope.Following && appointment.SeriesId is { } seriesId)
        {
            var following = await db.Appointments.Visible(programId, user)
                .Where(a => a.SeriesId == seriesId && a.OccurrenceLocal >= appointment.OccurrenceLocal).OrderBy(a => a.OccurrenceLocal).ToListAsync(cancellationToken);
            if (await AppointmentSeriesBooking.ChangeFollowingAsync(appointment, request, following, db, user, now, cancellationToken) is { } seriesProblem)
            {
                return seriesProblem;
            }
            await db.AppointmentSeries.Where(s => s.Id == seriesId).ExecuteUpdateAsync(set => set.SetProperty(s => s.Sequence, s => s.Sequence + 1), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(AppointmentResponse.From(appointment));
        }
        if (await AppointmentRules.ApplyAsync(appointment, request, user, db, cancellationToken) is { } problem)
        {
            return problem;
        }
        appointment.IsException = appointment.SeriesId is not null;
        appointment.Sequence++;
        appointment.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AppointmentResponse.From(appointment));
    }
}
