using Microsoft.EntityFrameworkCore;
using NodaTime.Text;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Cohorts;

public static class EnrolEndpoint
{
    public static RouteHandlerBuilder MapEnrol(this RouteGroupBuilder program) =>
        program.MapPost("/cohorts/{cohortId:guid}/enrolments", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithValidation()
            .WithIdempotency<TrainingDbContext>()
            .WithName("Enrol")
            .WithSummary("Give a support parent a seat in a cohort (409 when the cohort is full)")
            .Produces<EnrolmentResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId,
        Guid cohortId,
        EnrolRequest request,
        TrainingPrograms programs,
        TrainingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.ProgramId == programId && c.Id == cohortId, cancellationToken);
        if (cohort is null)
        {
            return Problem.NotFound("cohort");
        }
        var parent = await db.SupportParents.AsNoTracking().FirstOrDefaultAsync(p => p.ProgramId == programId && p.Id == request.SupportParentId, cancellationToken);
        if (parent is null)
        {
            return Problem.NotFound("support parent");
        }
        var course = await db.Courses.AsNoTracking().FirstAsync(c => c.Id == cohort.CourseId, cancellationToken);

        var now = clock.Now();
        if (parent.Status == SupportParentStatus.Withdrawn)
        {
            return Problem.Unprocessable("This support parent has withdrawn.");
        }
        var eligibility = parent.Assess(settings, settings.Calendar.Today(now));
        if (!eligibility.IsEligible)
        {
            return Problem.Unprocessable($"Not yet eligible for training: eligible from {LocalDatePattern.Iso.Format(eligibility.EligibleOn)}. {eligibility.Reason}");
        }
        if (course.IsRetired)
        {
            return Problem.Unprocessable("The cohort's course has been retired.");
        }
        var taken = await db.Enrolments.Where(e => e.SupportParentId == parent.Id && e.Status != EnrolmentStatus.Cancelled)
            .Select(e => new { e.CohortId, e.CourseId, e.Completed }).ToListAsync(cancellationToken);
        if (taken.Any(t => t.CohortId == cohort.Id))
        {
            return Problem.Conflict("This support parent already has a seat in this cohort.");
        }
        if (taken.Any(t => t.CourseId == course.Id && t.Completed))
        {
            return Problem.Unprocessable("This support parent has already completed this course.");
        }

        var enrolment = new Enrolment
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            CohortId = cohort.Id,
            SupportParentId = parent.Id,
            CourseId = course.Id,
            SessionStartsAt = cohort.StartsAt,
            Status = EnrolmentStatus.Enrolled,
            EnrolledAt = now,
        };
        // The seat and the enrolment commit together, or neither does.
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        if (!await Seats.TryTakeAsync(db, cohort.Id, cancellationToken))
        {
            return Problem.Conflict($"The cohort is full ({cohort.Capacity} seats).");
        }
        db.Enrolments.Add(enrolment);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/training/programs/{programId}/cohorts/{cohort.Id}/enrolments/{enrolment.Id}", EnrolmentResponse.From(enrolment, parent));
    }
}
