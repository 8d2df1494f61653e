using ParentPartner.Testing;

namespace ParentPartner.IntegrationTests;

/// <summary>All spine tests share one running platform and run one after another (some stop the broker).</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<Platform>
{
    public const string Name = "platform";
}
