using System.Reflection;
using ParentPartner.Contracts;
using ParentPartner.Contracts.Referrals;

namespace ParentPartner.ServiceDefaults.Tests;

/// <summary>Contracts are the wire: records with init-only properties, one per file, in ParentPartner.Contracts.&lt;Area&gt;.</summary>
public sealed class ContractShapeTests
{
    // Static classes hold a contract's vocabulary (MatchEndReasons), not a message.
    private static readonly Type[] Contracts = [.. typeof(ReferralReceived).Assembly.GetExportedTypes().Where(t => !t.IsInterface && !(t.IsAbstract && t.IsSealed))];

    /// <summary>Records that travel inside another contract (a figure of a report) are parts, not events.</summary>
    private static readonly Type[] Events = [.. Contracts.Where(t => !Contracts.Any(c => c.GetProperties().Any(p => p.PropertyType == t || p.PropertyType.GetGenericArguments().Contains(t))))];

    [Fact]
    public void Every_contract_is_a_sealed_record_with_init_only_properties()
    {
        Assert.NotEmpty(Contracts);
        foreach (var type in Contracts)
        {
            Assert.True(type.IsSealed, $"{type} is sealed");
            Assert.NotNull(type.GetMethod("<Clone>$"));
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
            {
                var setter = property.SetMethod;
                Assert.True(setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)),
                    $"{type.Name}.{property.Name} is init-only");
            }
        }
    }

    [Fact]
    public void Every_contract_lives_in_an_area_namespace()
    {
        Assert.All(Contracts, type => Assert.Matches(@"^ParentPartner\.Contracts\.[A-Z][A-Za-z]+$", type.Namespace));
    }

    [Fact]
    public void Events_carry_their_program()
    {
        Assert.Contains(typeof(ReferralReceived), Events);
        Assert.All(Contracts, type => Assert.NotNull(type.GetProperty("ProgramId")));
        Assert.All(Events, type => Assert.True(typeof(IProgramEvent).IsAssignableFrom(type), $"{type.Name} implements IProgramEvent"));
    }
}
