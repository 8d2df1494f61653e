using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Settings;

public static class PutFollowUpSettingsEndpoint
{
    public static RouteHandlerBuilder MapPutFollowUpSettings(this RouteGroupBuilder program) =>
        program.MapPut("/follow-up-settings", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin))
            .WithValidation()
            .WithName("PutFollowUpSettings")
            .WithSummary("Set the program's follow-up rules (program admins); matches made from now on get plans by them, existing plans keep their dates")
            .Produces<FollowUpSettingsResponse>();

    private static async Task<IResult> HandleAsync(
        string programId, FollowUpSettingsRequest request, SchedulingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var settings = await db.FollowUpSettings.FirstOrDefaultAsync(s => s.ProgramId == programId, cancellationToken);
        if (settings is null)
        {
            settings = FollowUpSettings.Default(programId);
            db.FollowUpSettings.Add(settings);
        }
        request.ApplyTo(settings);
        settings.UpdatedAt = clock.Now();
        settings.UpdatedBy = user.SubjectId();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(FollowUpSettingsResponse.From(settings));
    }
}
