using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Settings;

/// <summary>A program's matching settings: the soft score's weights, how long an offer stays open and the target response time.</summary>
/// <example>{"weights":{"experience":30,"childAge":10,"county":20,"language":20,"availability":10,"culturalBackground":5,"loadBalance":5,"qualitiesHopedFor":10},"offerExpiryHours":48,"targetHours":72}</example>
public sealed record SettingsRequest : IValidatableRequest
{
    public const int MaxWeight = 100;
    public const int MaxHours = 24 * 30;

    /// <summary>The soft score's weights, each 0-100.</summary>
    public ScoreWeights? Weights { get; init; }
    /// <summary>Hours an offer stays open before it expires (1-720).</summary>
    public int? OfferExpiryHours { get; init; }
    /// <summary>Hours a referral may wait in the matching queue before it is flagged past target (1-720).</summary>
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
            if (Weights.QualitiesHopedFor is < 0 or > MaxWeight)
            {
                errors.Add("weights.qualitiesHopedFor", $"must be between 0 and {MaxWeight}.");
            }
            // All present and none positive (not a sum: int.MaxValue weights overflowed it, a 500).
            if (Weights.All().All(w => w.Value is <= 0) && Weights.QualitiesHopedFor is null or <= 0)
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
