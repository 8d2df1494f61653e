using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Events;
using ParentPartner.Training.Api.Features.Certification;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Cohorts;

public static class RecordAttendanceEndpoint
{
    public static RouteHandlerBuilder MapRecordAttendance(this RouteGroupBuilder program) =>
        program.MapPut("/cohorts/{cohortId:guid}/enrolments/{enrolmentId:guid}/attendance", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithValidation()
            .WithName("RecordAttendance")
            .WithSummary("Record attendance, hours and completion once the session has started; a completion can certify or restore the support parent")
            .Produces<EnrolmentResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId,
        Guid cohortId,
        Guid enrolmentId,
        AttendanceRequest request,
        TrainingPrograms programs,
        TrainingDbContext db,
        CertificationLedger ledger,
        TimeProvider clock,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        var enrolment = await db.Enrolments.AsNoTracking().FirstOrDefaultAsync(e => e.ProgramId == programId && e.CohortId == cohortId && e.Id == enrolmentId, cancellationToken);
        if (enrolment is null)
        {
            return Problem.NotFound("enrolment");
        }
        var cohort = await db.Cohorts.FirstAsync(c => c.Id == cohortId, cancellationToken);
        var parent = await db.SupportParents.FirstAsync(p => p.Id == enrolment.SupportParentId, cancellationToken);
        var course = await db.Courses.FirstAsync(c => c.Id == enrolment.CourseId, cancellationToken);

        var attended = request.Attended!.Value;
        var hours = attended ? request.Hours : null;
        var completed = request.Completed ?? false;
        switch (enrolment.Status)
        {
            case EnrolmentStatus.Cancelled:
                return Problem.Conflict("This seat was cancelled.");
            // History is not edited (payroll has paid the hours): the same record again is a no-op, a different one a conflict.
            case EnrolmentStatus.Recorded when enrolment.Attended == attended && enrolment.Hours == hours && enrolment.Completed == completed:
                return TypedResults.Ok(EnrolmentResponse.From(enrolment, parent));
            case EnrolmentStatus.Recorded:
                return Problem.Conflict("Attendance for this seat is already recorded and cannot be changed.");
        }

        var now = clock.Now();
        if (cohort.StartsAt > now)
        {
            return Problem.Unprocessable("The session has not started yet; attendance is recorded once it has.");
        }

        // Claim the record with one conditional UPDATE: of two simultaneous records only one finds the seat
        // still open, so hours are published (and paid) once. The rest commits in the same transaction.
        var recordedBy = user.SubjectId();
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        var claimed = await db.Enrolments
            .Where(e => e.Id == enrolment.Id && e.Status == EnrolmentStatus.Enrolled)
            .ExecuteUpdateAsync(set => set
                .SetProperty(e => e.Status, EnrolmentStatus.Recorded)
                .SetProperty(e => e.Attended, attended)
                .SetProperty(e => e.Hours, hours)
                .SetProperty(e => e.Completed, completed)
                .SetProperty(e => e.RecordedAt, now)
                .SetProperty(e => e.RecordedBy, recordedBy), cancellationToken);
        if (claimed == 0)
        {
            return Problem.Conflict("Attendance for this seat was recorded at the same moment; read it again.");
        }
        enrolment.Status = EnrolmentStatus.Recorded;
        enrolment.Attended = attended;
        enrolment.Hours = hours;
        enrolment.Completed = completed;
        enrolment.RecordedAt = now;
        enrolment.RecordedBy = recordedBy;

        if (attended)
        {
            db.Publish(TrainingEvents.Attended(enrolment, parent, cohort, course, settings.Calendar.DateOf(cohort.StartsAt).ToDateOnly()));
        }
        if (completed)
        {
            var done = (await ledger.CompletedCoursesAsync(parent.Id, cancellationToken)).Append(course.Id).ToHashSet();
            ledger.Apply(parent, settings, await programs.ActiveCoursesAsync(programId, cancellationToken), done, now, applyLapses: false);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(EnrolmentResponse.From(enrolment, parent));
    }
}
