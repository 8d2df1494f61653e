using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Appointments;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Scheduling.Api.Features.Calendars;

public static class CreateFeedTokenEndpoint
{
    public static RouteHandlerBuilder MapCreateFeedToken(this RouteGroupBuilder program) =>
        program.MapPost("/calendar-feeds", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithIdempotency<SchedulingDbContext>()
            .WithName("CreateCalendarFeed")
            .WithSummary("Make (or rotate) your secret calendar subscription for this program: any feed you had here stops working; the https and webcal URLs are shown once")
            .Produces<FeedTokenResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId, FeedTokenRequest? request, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, HttpRequest http, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var wholeProgram = request?.WholeProgram == true;
        if (wholeProgram && !SupportParentVisibility.IsStaff(user))
        {
            return Problem.Unprocessable("Only coordinators and admins may subscribe to the whole program's appointments.");
        }
        var subject = user.SubjectId()!;
        var now = clock.Now();
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        await db.FeedTokens.Where(t => t.ProgramId == programId && t.OwnerSubject == subject && t.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.RevokedAt, now), cancellationToken);
        var secret = FeedSecrets.New();
        var token = new FeedToken
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            OwnerSubject = subject,
            WholeProgram = wholeProgram,
            SecretHash = FeedSecrets.Hash(secret),
            CreatedAt = now,
        };
        db.FeedTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/programs/{programId}/calendar-feeds/{token.Id}",
            FeedTokenResponse.From(token, FeedSecrets.Url(http, configuration, secret)));
    }
}
