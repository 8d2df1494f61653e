using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

public static class ListAppointmentsEndpoint
{
    public static RouteHandlerBuilder MapListAppointments(this RouteGroupBuilder program) =>
        program.MapGet("/appointments", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithName("ListAppointments")
            .WithSummary("Appointments by start time, from an instant (default: all); filter by match, series or support parent; a support parent sees only their own")
            .Produces<Page<AppointmentResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(
        string programId, DateTimeOffset? from, DateTimeOffset? until, Guid? matchId, Guid? seriesId, string? supportParentSubject, string? cursor, int? limit,
        SchedulingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (PageRequest.TryRead(cursor, limit, out var page) is { } problem)
        {
            return problem;
        }
        var query = db.Appointments.AsNoTracking().Visible(programId, user);
        if (from is { } start)
        {
            query = query.Where(a => a.EndsAt > start);
        }
        if (until is { } end)
        {
            query = query.Where(a => a.StartsAt < end);
        }
        if (matchId is { } match)
        {
            query = query.Where(a => a.MatchId == match);
        }
        if (seriesId is { } series)
        {
            query = query.Where(a => a.SeriesId == series);
        }
        if (supportParentSubject is not null)
        {
            query = query.Where(a => a.SupportParentSubject == supportParentSubject);
        }
        if (page.After is { } a)
        {
            query = query.Where(x => EF.Functions.GreaterThan(ValueTuple.Create(x.StartsAt, x.Id), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderBy(x => x.StartsAt).ThenBy(x => x.Id).Take(page.Fetch).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, x => new Cursor(x.StartsAt, x.Id), AppointmentResponse.From));
    }
}
