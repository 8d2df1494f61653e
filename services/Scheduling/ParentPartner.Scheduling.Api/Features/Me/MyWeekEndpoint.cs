using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Appointments;
using ParentPartner.Scheduling.Api.Features.Matches;
using ParentPartner.Scheduling.Api.Features.Plans;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Time;
using NodaTime;

namespace ParentPartner.Scheduling.Api.Features.Me;

public static class MyWeekEndpoint
{
    public static RouteHandlerBuilder MapMyWeek(this RouteGroupBuilder me) =>
        me.MapGet("/week", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.SupportParent))
            .WithName("MyWeek")
            .WithSummary("Your seven days from `from` (default today, in your program's zone): appointments, what you owe your families (overdue first), your active matches")
            .Produces<MyWeekResponse>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(DateOnly? from, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subject = user.SubjectId();
        var now = clock.Now();
        // One person's week is read on one wall clock: their first program's.
        var programId = user.ProgramIds().Order(StringComparer.Ordinal).FirstOrDefault();
        var settings = programId is null ? Domain.FollowUpSettings.Default("") : await db.FollowUpSettingsForAsync(programId, cancellationToken);
        var calendar = ProgramCalendar.For(settings.TimeZone);
        var first = from is { } date ? LocalDate.FromDateOnly(date) : calendar.Today(now);
        var startsAt = calendar.StartOf(first);
        var endsAt = calendar.StartOf(first.PlusDays(7));

        var appointments = await db.Appointments.AsNoTracking()
            .Where(a => subject != null && a.SupportParentSubject == subject && a.Status != AppointmentStatus.Cancelled && a.StartsAt < endsAt && a.EndsAt > startsAt)
            .OrderBy(a => a.StartsAt).ToListAsync(cancellationToken);
        var matches = await db.Matches.AsNoTracking()
            .Where(m => subject != null && m.SupportParentSubject == subject && m.EndedAt == null)
            .OrderBy(m => m.MadeAt).ToListAsync(cancellationToken);
        var matchIds = matches.Select(m => m.MatchId).ToList();
        var due = await db.PlanItems.AsNoTracking()
            .Where(i => matchIds.Contains(i.MatchId) && i.Status == PlanItemStatus.Open && i.DueAt < endsAt && i.WindowStartsAt < endsAt)
            .Where(i => PlanItem.CountedKinds.Contains(i.Kind))
            .OrderBy(i => i.DueAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(new MyWeekResponse(
            first.ToDateOnly(), first.PlusDays(6).ToDateOnly(), settings.TimeZone,
            [.. appointments.Select(AppointmentResponse.From)], [.. due.Select(i => PlanItemResponse.From(i, now))], [.. matches.Select(MatchResponse.From)]));
    }
}
