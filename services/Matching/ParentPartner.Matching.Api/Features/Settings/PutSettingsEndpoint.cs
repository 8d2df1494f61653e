using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Settings;

public static class PutSettingsEndpoint
{
    public static RouteHandlerBuilder MapPutSettings(this RouteGroupBuilder program) =>
        program.MapPut("/settings", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin))
            .WithValidation()
            .WithName("PutMatchingSettings")
            .WithSummary("Set the program's score weights, offer expiry and time-to-match target")
            .Produces<SettingsResponse>();

    private static async Task<IResult> HandleAsync(
        string programId, SettingsRequest request, MatchingDbContext db, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.FirstOrDefaultAsync(s => s.ProgramId == programId, cancellationToken)
            ?? db.Settings.Add(new ProgramSettings { ProgramId = programId }).Entity;
        var w = request.Weights!;
        settings.ExperienceWeight = w.Experience!.Value;
        settings.ChildAgeWeight = w.ChildAge!.Value;
        settings.CountyWeight = w.County!.Value;
        settings.LanguageWeight = w.Language!.Value;
        settings.AvailabilityWeight = w.Availability!.Value;
        settings.CulturalBackgroundWeight = w.CulturalBackground!.Value;
        settings.LoadBalanceWeight = w.LoadBalance!.Value;
        settings.QualitiesWeight = w.QualitiesHopedFor ?? ProgramSettings.DefaultQualitiesWeight;
        settings.OfferExpiryHours = request.OfferExpiryHours!.Value;
        settings.TargetHours = request.TargetHours!.Value;
        settings.UpdatedAt = clock.GetUtcNow();
        settings.UpdatedBy = user.SubjectId();
        try
        {
            _ = settings.Engine();
        }
        catch (ArgumentException)
        {
            return new FieldErrors().Add("weights", "are not usable by the matching engine.").ToProblem();
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SettingsResponse.From(settings));
    }
}
