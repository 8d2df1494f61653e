using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Offers;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Settings;

public sealed record WeightsDto
{
    public int? Experience { get; init; }
    public int? ChildAge { get; init; }
    public int? County { get; init; }
    public int? Language { get; init; }
    public int? Availability { get; init; }
    public int? CulturalBackground { get; init; }
    public int? LoadBalance { get; init; }

    public IEnumerable<(string Name, int? Value)> All() =>
    [
        ("experience", Experience), ("childAge", ChildAge), ("county", County), ("language", Language),
        ("availability", Availability), ("culturalBackground", CulturalBackground), ("loadBalance", LoadBalance),
    ];
}

public sealed record SettingsRequest : IValidatableRequest
{
    public const int MaxWeight = 100;
    public const int MaxHours = 24 * 30;

    public WeightsDto? Weights { get; init; }
    public int? OfferExpiryHours { get; init; }
    public int? TargetHours { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors().Required("weights", Weights).Required("offerExpiryHours", OfferExpiryHours).Required("targetHours", TargetHours);
        if (Weights is not null)
        {
            foreach (var (name, value) in Weights.All())
            {
                if (value is null)
                {
                    errors.Add($"weights.{name}", "is required.");
                }
                else if (value is < 0 or > MaxWeight)
                {
                    errors.Add($"weights.{name}", $"must be between 0 and {MaxWeight}.");
                }
            }
            if (Weights.All().All(w => w.Value is not null) && Weights.All().Sum(w => w.Value!.Value) == 0)
            {
                errors.Add("weights", "at least one weight must be above 0.");
            }
        }
        if (OfferExpiryHours is < 1 or > MaxHours)
        {
            errors.Add("offerExpiryHours", $"must be between 1 and {MaxHours}.");
        }
        if (TargetHours is < 1 or > MaxHours)
        {
            errors.Add("targetHours", $"must be between 1 and {MaxHours}.");
        }
        return errors;
    }
}

public sealed record SettingsResponse(string ProgramId, WeightsDto Weights, int OfferExpiryHours, int TargetHours, DateTimeOffset? UpdatedAt)
{
    public static SettingsResponse From(ProgramSettings s) => new(
        s.ProgramId,
        new WeightsDto
        {
            Experience = s.ExperienceWeight,
            ChildAge = s.ChildAgeWeight,
            County = s.CountyWeight,
            Language = s.LanguageWeight,
            Availability = s.AvailabilityWeight,
            CulturalBackground = s.CulturalBackgroundWeight,
            LoadBalance = s.LoadBalanceWeight,
        },
        s.OfferExpiryHours,
        s.TargetHours,
        s.UpdatedAt);
}

public static class SettingsEndpoints
{
    public static RouteGroupBuilder MapSettings(this RouteGroupBuilder group)
    {
        group.MapGet("/programs/{programId}/settings", GetAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin, Roles.ProgramCoordinator))
            .WithName("GetMatchingSettings")
            .WithSummary("The program's matching settings (defaults until an admin saves some)")
            .Produces<SettingsResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/programs/{programId}/settings", PutAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin))
            .WithValidation()
            .WithName("PutMatchingSettings")
            .WithSummary("Set the program's score weights, offer expiry and time-to-match target")
            .Produces<SettingsResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> GetAsync(string programId, OfferService offers, IProgramAccess programs, CancellationToken cancellationToken) =>
        programs.CanAccess(programId)
            ? TypedResults.Ok(SettingsResponse.From(await offers.SettingsAsync(programId, cancellationToken)))
            : Problem.NotFound("program");

    private static async Task<IResult> PutAsync(
        string programId, SettingsRequest request, MatchingDbContext db, IProgramAccess programs, TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!programs.CanAccess(programId))
        {
            return Problem.NotFound("program");
        }
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
