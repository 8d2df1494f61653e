using System.Security.Claims;
using NodaTime;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Time;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

/// <summary>
/// Books and reshapes weekly series. Occurrences are stepped on the wall clock (LocalDateTime.PlusWeeks), so a
/// group at 18:00 stays at 18:00 after the clocks change; each is checked and stored like a single appointment.
/// "This and following" writes each later occurrence as an override of the same series (RFC 5545 RECURRENCE-ID),
/// which every calendar client understands, rather than splitting the series in two.
/// </summary>
public static class AppointmentSeriesBooking
{
    public static async Task<IResult> BookAsync(
        string programId, AppointmentRequest request, RepeatRequest repeat, SchedulingDbContext db, DateTimeOffset now, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ProgramCalendar.TryParseLocal(request.StartsLocal, out var start);
        ProgramCalendar.TryParseLocal(request.EndsLocal, out var end);
        var interval = repeat.IntervalWeeks ?? 1;
        var starts = new List<LocalDateTime>();
        for (var next = start; starts.Count < (repeat.Count ?? RepeatRequest.MaxOccurrences); next = next.PlusWeeks(interval))
        {
            if (repeat.Until is { } until && next.Date > LocalDate.FromDateOnly(until))
            {
                break;
            }
            starts.Add(next);
        }
        if (starts.Count < 2)
        {
            return new FieldErrors().Add("repeat.until", "leaves fewer than two occurrences.").ToProblem(StatusCodes.Status422UnprocessableEntity, "The series breaks a scheduling rule.");
        }
        var series = new AppointmentSeries { Id = Guid.CreateVersion7(), ProgramId = programId, IntervalWeeks = interval, CreatedAt = now };
        db.AppointmentSeries.Add(series);
        var duration = end - start;
        var occurrences = new List<Appointment>();
        foreach (var occurrence in starts)
        {
            var appointment = new Appointment
            {
                Id = Guid.CreateVersion7(),
                ProgramId = programId,
                TimeZone = request.TimeZone!,
                Status = AppointmentStatus.Booked,
                SeriesId = series.Id,
                OccurrenceLocal = occurrence.ToDateTimeUnspecified(),
                CreatedAt = now,
                UpdatedAt = now,
                CreatedBy = user.SubjectId(),
            };
            var one = request with { StartsLocal = Format(occurrence), EndsLocal = Format(occurrence + duration), Repeat = null };
            if (await AppointmentRules.ApplyAsync(appointment, one, user, db, cancellationToken) is { } problem)
            {
                return problem;
            }
            occurrences.Add(appointment);
        }
        db.Appointments.AddRange(occurrences);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/programs/{programId}/appointments/{occurrences[0].Id}", AppointmentResponse.From(occurrences[0]));
    }

    /// <summary>
    /// Applies the request to this occurrence and every later one the caller can see, each moved by the same wall-clock
    /// change (the request's start is this occurrence's new start; later ones keep their spacing). Nothing is saved here.
    /// </summary>
    public static async Task<IResult?> ChangeFollowingAsync(
        Appointment first, AppointmentRequest request, IReadOnlyList<Appointment> following, SchedulingDbContext db, ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (following.Any(a => a.Status is AppointmentStatus.Fulfilled or AppointmentStatus.NoShow))
        {
            return Problem.Conflict("A later occurrence already has an outcome; change the occurrences one by one.");
        }
        ProgramCalendar.TryParseLocal(request.StartsLocal, out var start);
        ProgramCalendar.TryParseLocal(request.EndsLocal, out var end);
        var origin = LocalDateTime.FromDateTime(first.OccurrenceLocal!.Value).Date;
        foreach (var appointment in following.Where(a => a.Status == AppointmentStatus.Booked))
        {
            var days = Period.Between(origin, LocalDateTime.FromDateTime(appointment.OccurrenceLocal!.Value).Date, PeriodUnits.Days).Days;
            var one = request with { StartsLocal = Format(start.PlusDays(days)), EndsLocal = Format(end.PlusDays(days)), Repeat = null };
            if (await AppointmentRules.ApplyAsync(appointment, one, user, db, cancellationToken) is { } problem)
            {
                return problem;
            }
            appointment.IsException = true;
            appointment.Sequence++;
            appointment.UpdatedAt = now;
        }
        return null;
    }

    private static string Format(LocalDateTime local) => ProgramCalendar.Format(local.ToDateTimeUnspecified());
}
