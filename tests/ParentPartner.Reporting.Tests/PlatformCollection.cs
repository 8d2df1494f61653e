using ParentPartner.Testing;

namespace ParentPartner.Reporting.Tests;

/// <summary>Every reporting test shares one running platform and runs one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<Platform>
{
    public const string Name = "platform";
}
