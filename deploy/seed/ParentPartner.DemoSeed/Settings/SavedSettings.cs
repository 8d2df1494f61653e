namespace ParentPartner.DemoSeed.Settings;

/// <summary>Whether a service's settings for a program were ever saved: matching shows when (null: defaults), reporting says so.</summary>
public sealed record SavedSettings(DateTimeOffset? UpdatedAt, bool? Configured);
