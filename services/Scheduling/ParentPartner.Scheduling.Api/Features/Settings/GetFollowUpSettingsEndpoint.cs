using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.Scheduling.Api.Features.Plans;

namespace ParentPartner.Scheduling.Api.Features.Settings;

public static class GetFollowUpSettingsEndpoint
{
    public static RouteHandlerBuilder MapGetFollowUpSettings(this RouteGroupBuilder program) =>
        program.MapGet("/follow-up-settings", async (string programId, SchedulingDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok(FollowUpSettingsResponse.From(await db.FollowUpSettingsForAsync(programId, cancellationToken))))
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Staff))
            .WithName("GetFollowUpSettings")
            .WithSummary("The program's follow-up rules (48-hour first contact, contacts, visits, hours, check-ins, survey, review)")
            .Produces<FollowUpSettingsResponse>();
}
