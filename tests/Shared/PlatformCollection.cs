namespace ParentPartner.Testing;

/// <summary>
/// Every platform test of one test project shares one running platform, and they run one after another:
/// some move the shared clock, some stop the broker. Compiled into each test project that references the
/// toolbox (tests/Directory.Build.targets), because xunit finds collection definitions only in the test assembly.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<Platform>
{
    public const string Name = "platform";
}
