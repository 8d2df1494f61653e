using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Features.Certification;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Courses;

public static class RetireCourseEndpoint
{
    public static RouteHandlerBuilder MapRetireCourse(this RouteGroupBuilder program) =>
        program.MapPost("/courses/{courseId:guid}/retirement", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithName("RetireCourse")
            .WithSummary("Retire a course: no longer required; completions stay on transcripts. Anyone it was holding back is certified or restored now.")
            .Produces<CourseResponse>();

    private static async Task<IResult> HandleAsync(
        string programId,
        Guid courseId,
        TrainingPrograms programs,
        TrainingDbContext db,
        CertificationLedger ledger,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        var course = await db.Courses.FirstOrDefaultAsync(c => c.ProgramId == programId && c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return Problem.NotFound("course");
        }
        if (course.IsRetired)
        {
            return TypedResults.Ok(CourseResponse.From(course));
        }

        var now = clock.Now();
        course.RetiredAt = now;
        var active = (await programs.ActiveCoursesAsync(programId, cancellationToken)).Where(c => c.Id != course.Id).ToList();
        var completed = await ledger.CompletedCoursesByParentAsync(programId, cancellationToken);
        var waiting = await db.SupportParents
            .Where(p => p.ProgramId == programId && (p.Status == SupportParentStatus.InTraining || p.Status == SupportParentStatus.Lapsed))
            .ToListAsync(cancellationToken);
        foreach (var parent in waiting)
        {
            ledger.Apply(parent, settings, active, completed.GetValueOrDefault(parent.Id) ?? [], now, applyLapses: false);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(CourseResponse.From(course));
    }
}
