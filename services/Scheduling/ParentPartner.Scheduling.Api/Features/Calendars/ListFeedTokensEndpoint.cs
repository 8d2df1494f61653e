using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Scheduling.Api.Features.Calendars;

public static class ListFeedTokensEndpoint
{
    public static RouteHandlerBuilder MapListFeedTokens(this RouteGroupBuilder program) =>
        program.MapGet("/calendar-feeds", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithName("ListCalendarFeeds")
            .WithSummary("Your calendar subscriptions in this program, newest first, revoked ones included (no URLs: they are shown only when made)")
            .Produces<IReadOnlyList<FeedTokenResponse>>();

    private static async Task<IResult> HandleAsync(string programId, SchedulingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subject = user.SubjectId();
        var tokens = await db.FeedTokens.AsNoTracking().Where(t => t.ProgramId == programId && t.OwnerSubject == subject)
            .OrderByDescending(t => t.CreatedAt).Take(50).ToListAsync(cancellationToken);
        return TypedResults.Ok(tokens.Select(t => FeedTokenResponse.From(t)).ToList());
    }
}
