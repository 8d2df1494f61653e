namespace ParentPartner.DemoSeed.Programs;

/// <summary>A county and an area code of it, for invented 555-01xx numbers (the range reserved for fiction).</summary>
public sealed record County(string Name, string AreaCode);
