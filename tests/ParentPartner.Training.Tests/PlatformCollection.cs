using ParentPartner.Testing;

namespace ParentPartner.Training.Tests;

/// <summary>All training tests share one running platform and run one after another (some move the clock).</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<Platform>
{
    public const string Name = "training-platform";
}
