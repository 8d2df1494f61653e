using System.Security.Claims;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Settings;

public static class PutSettingsEndpoint
{
    public static RouteHandlerBuilder MapPutSettings(this RouteGroupBuilder program) =>
        program.MapPut("/settings", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Admin))
            .WithValidation()
            .WithName("PutTrainingSettings")
            .WithSummary("Change the program's training settings; new values apply from the next assessment or sweep")
            .Produces<SettingsResponse>();

    private static async Task<IResult> HandleAsync(
        string programId,
        SettingsRequest request,
        TrainingPrograms programs,
        TrainingDbContext db,
        TimeProvider clock,
        ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        settings.TimeZone = request.TimeZone!;
        settings.EligibilityMonths = request.EligibilityMonths!.Value;
        settings.RecoveryMonths = request.RecoveryMonths!.Value;
        settings.SupplementalDueDays = request.SupplementalDueDays!.Value;
        settings.CohortMinSeats = request.CohortMinSeats!.Value;
        settings.CohortMaxSeats = request.CohortMaxSeats!.Value;
        settings.DefaultMaxCaseloadPerParent = request.DefaultMaxCaseload!.Value;
        settings.UpdatedAt = clock.Now();
        settings.UpdatedBy = user.SubjectId();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SettingsResponse.From(settings));
    }
}
