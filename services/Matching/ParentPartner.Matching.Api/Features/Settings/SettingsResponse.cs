using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Features.Settings;

public sealed record SettingsResponse(string ProgramId, ScoreWeights Weights, int OfferExpiryHours, int TargetHours, DateTimeOffset? UpdatedAt)
{
    public static SettingsResponse From(ProgramSettings s) => new(
        s.ProgramId,
        new ScoreWeights
        {
            Experience = s.ExperienceWeight,
            ChildAge = s.ChildAgeWeight,
            County = s.CountyWeight,
            Language = s.LanguageWeight,
            Availability = s.AvailabilityWeight,
            CulturalBackground = s.CulturalBackgroundWeight,
            LoadBalance = s.LoadBalanceWeight,
            QualitiesHopedFor = s.QualitiesWeight,
        },
        s.OfferExpiryHours,
        s.TargetHours,
        s.UpdatedAt);
}
