using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Features.Settings;

/// <summary>A program's matching settings.</summary>
/// <param name="ProgramId">The program these settings belong to.</param>
/// <param name="Weights">The soft score's weights (0-100 each).</param>
/// <param name="OfferExpiryHours">Hours a support parent has to answer an offer before it expires.</param>
/// <param name="TargetHours">Target hours from ready to an offer; the queue flags referrals past it.</param>
/// <param name="UpdatedAt">When the settings last changed (UTC); null while the defaults apply.</param>
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
