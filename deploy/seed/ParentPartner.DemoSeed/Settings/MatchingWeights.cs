namespace ParentPartner.DemoSeed.Settings;

/// <summary>Matching's score weights (each 0–100), as PUT /api/matching/programs/{id}/settings takes them.</summary>
public sealed record MatchingWeights(int Experience, int ChildAge, int County, int Language, int Availability, int CulturalBackground, int LoadBalance);
