namespace ParentPartner.DemoSeed.Referrals;

/// <summary>The intake factors in the coordinator's words, and the qualities hoped for as codes.</summary>
public sealed record Needs(string Challenges, string ReasonForSupport, string[] QualitiesHopedFor, string? Preferences, bool? CulturalMatch);
