using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Scheduling.Api.Features.Calendars;

public static class RevokeFeedTokenEndpoint
{
    public static RouteHandlerBuilder MapRevokeFeedToken(this RouteGroupBuilder program) =>
        program.MapDelete("/calendar-feeds/{feedId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithName("RevokeCalendarFeed")
            .WithSummary("Stop a calendar subscription at once (a lost phone): yours, or anyone's in the program for a program admin")
            .Produces<FeedTokenResponse>();

    private static async Task<IResult> HandleAsync(string programId, Guid feedId, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var subject = user.SubjectId();
        var isAdmin = user.IsInRole(Roles.ProgramAdmin);
        var token = await db.FeedTokens.FirstOrDefaultAsync(t => t.Id == feedId && t.ProgramId == programId && (isAdmin || t.OwnerSubject == subject), cancellationToken);
        if (token is null)
        {
            return Problem.NotFound("calendar feed");
        }
        token.RevokedAt ??= clock.Now();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(FeedTokenResponse.From(token));
    }
}
