using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Appointments;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.Scheduling.Api.Features.Plans;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Contacts;

public static class LogContactEndpoint
{
    public static RouteHandlerBuilder MapLogContact(this RouteGroupBuilder program) =>
        program.MapPost("/matches/{matchId:guid}/contacts", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithValidation()
            .WithIdempotency<SchedulingDbContext>()
            .WithName("LogContact")
            .WithSummary("Log a contact with the matched family (the support parent, or a coordinator for them); it counts toward the plan and is paid through ContactLogged")
            .Produces<ContactResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId, Guid matchId, ContactRequest request, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        await db.LockMatchAsync(matchId, cancellationToken);
        var match = await db.Matches.AsNoTracking().Visible(programId, user).FirstOrDefaultAsync(m => m.MatchId == matchId, cancellationToken);
        if (match is null)
        {
            return Problem.NotFound("match");
        }
        var now = clock.Now();
        var settings = await db.FollowUpSettingsForAsync(programId, cancellationToken);
        var contact = new Contact
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            MatchId = matchId,
            SupportParentId = match.SupportParentId,
            SupportParentSubject = match.SupportParentSubject,
            EnteredBy = SupportParentVisibility.IsStaff(user) ? "coordinator" : "support-parent",
            RecordedBy = user.SubjectId(),
            RecordedAt = now,
            Revision = 1,
        };
        if (ContactRules.Apply(contact, request, match, settings, now) is { } problem)
        {
            return problem;
        }
        db.Contacts.Add(contact);
        await db.SaveRevisionAsync(contact, match, settings, reason: null, user, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/programs/{programId}/contacts/{contact.Id}", ContactResponse.From(contact));
    }
}
