using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Time;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

/// <summary>What creating and changing an appointment share: who may touch it, the times, the double-booking check.</summary>
public static class AppointmentRules
{
    /// <summary>Applies the request to the appointment, or returns the problem that stops it (nothing applied then).</summary>
    public static async Task<IResult?> ApplyAsync(Appointment appointment, AppointmentRequest request, ClaimsPrincipal user, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        var rules = new FieldErrors();
        var subject = request.SupportParentSubject;
        if (!SupportParentVisibility.IsStaff(user))
        {
            if (subject is not null && subject != user.SubjectId())
            {
                rules.Add("supportParentSubject", "a support parent books only their own appointments.");
            }
            subject = user.SubjectId();
        }
        var calendar = ProgramCalendar.For(request.TimeZone!);
        ProgramCalendar.TryParseLocal(request.StartsLocal, out var startLocal);
        ProgramCalendar.TryParseLocal(request.EndsLocal, out var endLocal);
        var startsAt = calendar.ToUtc(startLocal);
        var endsAt = calendar.ToUtc(endLocal);
        if (startsAt is null)
        {
            rules.Add("startsLocal", $"does not exist in {request.TimeZone}: the clocks skip it (daylight saving).");
        }
        if (endsAt is null)
        {
            rules.Add("endsLocal", $"does not exist in {request.TimeZone}: the clocks skip it (daylight saving).");
        }
        if (!rules.IsEmpty)
        {
            return rules.ToProblem(StatusCodes.Status422UnprocessableEntity, "The appointment breaks a scheduling rule.");
        }
        if (subject is not null && !request.ConfirmOverlap)
        {
            var clash = await db.Appointments.AnyAsync(a => a.ProgramId == appointment.ProgramId && a.Id != appointment.Id
                && a.SupportParentSubject == subject && a.Status == AppointmentStatus.Booked
                && a.StartsAt < endsAt && a.EndsAt > startsAt, cancellationToken);
            if (clash)
            {
                return Problem.Conflict("The support parent already has an appointment at that time; send confirmOverlap: true to book anyway.");
            }
        }

        appointment.Kind = request.Kind!.Value;
        appointment.Place = request.Place!.Value;
        appointment.Address = request.Place == PlaceKind.InPerson ? request.Address!.Trim() : null;
        appointment.Phone = request.Place == PlaceKind.Phone ? request.Phone!.Trim() : null;
        appointment.VideoLink = request.Place == PlaceKind.Video ? request.VideoLink : null;
        appointment.SupportParentSubject = subject;
        appointment.FamilyName = request.FamilyName;
        appointment.MatchId = request.MatchId;
        appointment.TimeZone = request.TimeZone!;
        appointment.StartsLocal = startLocal.ToDateTimeUnspecified();
        appointment.EndsLocal = endLocal.ToDateTimeUnspecified();
        appointment.StartsAt = startsAt!.Value;
        appointment.EndsAt = endsAt!.Value;
        return null;
    }
}
