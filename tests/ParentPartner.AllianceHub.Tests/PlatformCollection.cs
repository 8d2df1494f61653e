using ParentPartner.Testing;

namespace ParentPartner.AllianceHub.Tests;

/// <summary>All hub tests share one running platform and run one after another (some stop the hub broker).</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<Platform>
{
    public const string Name = "platform";
}
