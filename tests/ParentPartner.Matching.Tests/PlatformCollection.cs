using ParentPartner.Testing;

namespace ParentPartner.Matching.Tests;

/// <summary>All matching tests share one running platform and run one after another (some move the clock).</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<Platform>
{
    public const string Name = "platform";
}
