namespace ParentPartner.DemoSeed.Api;

/// <summary>One page of a service's keyset-paged list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
