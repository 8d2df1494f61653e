using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Settings;

public sealed record SettingsRequest : IValidatableRequest
{
    public const int MaxWeight = 100;
    public const int MaxHours = 24 * 30;

    public ScoreWeights? Weights { get; init; }
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
