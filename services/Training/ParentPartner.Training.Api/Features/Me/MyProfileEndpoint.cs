using System.Security.Claims;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Features.SupportParents;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Me;

public static class MyProfileEndpoint
{
    public static RouteHandlerBuilder MapMyProfile(this RouteGroupBuilder me) =>
        me.MapGet("/profile", async (string? programId, ClaimsPrincipal user, TrainingDbContext db, TrainingPrograms programs, TimeProvider clock, CancellationToken cancellationToken) =>
                await MyRecord.FindAsync(db, user, programId, cancellationToken) is { } parent
                    ? Results.Ok(SupportParentResponse.From(parent, await programs.SettingsAsync(parent.ProgramId, cancellationToken), clock.Now()))
                    : Problem.NotFound("support-parent profile for your account"))
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.SupportParent))
            .WithName("MyProfile")
            .WithSummary("Your own support-parent profile, eligibility and certification")
            .Produces<SupportParentResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
