using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Me;

public static class MySessionsEndpoint
{
    public static RouteHandlerBuilder MapMySessions(this RouteGroupBuilder me) =>
        me.MapGet("/sessions", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.SupportParent))
            .WithName("MySessions")
            .WithSummary("Your upcoming training sessions, soonest first")
            .Produces<Page<MySessionResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        string? programId,
        string? cursor,
        int? limit,
        ClaimsPrincipal user,
        TrainingDbContext db,
        TrainingPrograms programs,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (PageRequest.TryRead(cursor, limit, out var page) is { } problem)
        {
            return problem;
        }
        if (await MyRecord.FindAsync(db, user, programId, cancellationToken) is not { } parent)
        {
            return Problem.NotFound("support-parent profile for your account");
        }
        var settings = await programs.SettingsAsync(parent.ProgramId, cancellationToken);

        var now = clock.Now();
        var query = db.Enrolments.AsNoTracking()
            .Where(e => e.SupportParentId == parent.Id && e.Status == EnrolmentStatus.Enrolled && e.SessionStartsAt >= now);
        if (page.After is { } a)
        {
            query = query.Where(e => EF.Functions.GreaterThan(ValueTuple.Create(e.SessionStartsAt, e.Id), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderBy(e => e.SessionStartsAt).ThenBy(e => e.Id).Take(page.Fetch)
            .Join(db.Cohorts.AsNoTracking(), e => e.CohortId, c => c.Id, (e, c) => new { Enrolment = e, Cohort = c })
            .Join(db.Courses.AsNoTracking(), x => x.Cohort.CourseId, k => k.Id, (x, k) => new { x.Enrolment, x.Cohort, Course = k })
            .ToListAsync(cancellationToken);
        rows = [.. rows.OrderBy(r => r.Enrolment.SessionStartsAt).ThenBy(r => r.Enrolment.Id)];
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor(r.Enrolment.SessionStartsAt, r.Enrolment.Id), r => new MySessionResponse(
            r.Enrolment.Id, r.Cohort.Id, r.Course.Id, r.Course.Title, r.Course.Kind, r.Cohort.Trainer, r.Cohort.Location,
            r.Cohort.StartsAt, settings.Calendar.Local(r.Cohort.StartsAt), settings.TimeZone, r.Cohort.DurationMinutes)));
    }
}
