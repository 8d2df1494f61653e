using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Matching.Api.Features.Settings;

public static class GetSettingsEndpoint
{
    public static RouteHandlerBuilder MapGetSettings(this RouteGroupBuilder program) =>
        program.MapGet("/settings", async (string programId, OfferService offers, CancellationToken cancellationToken) =>
                TypedResults.Ok(SettingsResponse.From(await offers.SettingsAsync(programId, cancellationToken))))
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin, Roles.ProgramCoordinator))
            .WithName("GetMatchingSettings")
            .WithSummary("The program's matching settings (defaults until an admin saves some)")
            .Produces<SettingsResponse>();
}
