using System.Security.Claims;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

public static class CreateAppointmentEndpoint
{
    public static RouteHandlerBuilder MapCreateAppointment(this RouteGroupBuilder program) =>
        program.MapPost("/appointments", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithValidation()
            .WithIdempotency<SchedulingDbContext>()
            .WithName("CreateAppointment")
            .WithSummary("Book an appointment at local times in an IANA zone, once or weekly (repeat); a double-booked support parent is 409 unless confirmOverlap is true")
            .Produces<AppointmentResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId, AppointmentRequest request, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var now = clock.Now();
        if (request.Repeat is { } repeat)
        {
            return await AppointmentSeriesBooking.BookAsync(programId, request, repeat, db, now, user, cancellationToken);
        }
        var appointment = new Appointment
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            TimeZone = request.TimeZone!,
            Status = AppointmentStatus.Booked,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = user.SubjectId(),
        };
        if (await AppointmentRules.ApplyAsync(appointment, request, user, db, cancellationToken) is { } problem)
        {
            return problem;
        }
        db.Appointments.Add(appointment);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/programs/{programId}/appointments/{appointment.Id}", AppointmentResponse.From(appointment));
    }
}
