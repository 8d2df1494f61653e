namespace ParentPartner.DemoSeed.Settings;

/// <summary>The body of PUT /api/matching/programs/{id}/settings.</summary>
public sealed record MatchingSettingsRequest(MatchingWeights Weights, int OfferExpiryHours, int TargetHours);
