using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Settings;

public static class GetSettingsEndpoint
{
    public static RouteHandlerBuilder MapGetSettings(this RouteGroupBuilder program) =>
        program.MapGet("/settings", async (string programId, TrainingPrograms programs, CancellationToken cancellationToken) =>
                TypedResults.Ok(SettingsResponse.From(await programs.SettingsAsync(programId, cancellationToken))))
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Admin))
            .WithName("GetTrainingSettings")
            .WithSummary("The program's training settings (defaults until changed)");
}
