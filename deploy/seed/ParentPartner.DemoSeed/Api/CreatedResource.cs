namespace ParentPartner.DemoSeed.Api;

/// <summary>The one thing the seeder keeps from a 201 response: the new resource's id.</summary>
public sealed record CreatedResource(Guid Id);
