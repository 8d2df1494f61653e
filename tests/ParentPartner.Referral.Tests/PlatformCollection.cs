using ParentPartner.Testing;

namespace ParentPartner.Referral.Tests;

/// <summary>All referral tests share one running platform and run one after another (some move the shared clock).</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<Platform>
{
    public const string Name = "referral-platform";
}
