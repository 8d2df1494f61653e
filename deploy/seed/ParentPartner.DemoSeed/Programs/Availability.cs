namespace ParentPartner.DemoSeed.Programs;

/// <summary>Outside office hours: evenings and weekends are normal in these programs.</summary>
public sealed record Availability(bool Evenings, bool Weekends);
