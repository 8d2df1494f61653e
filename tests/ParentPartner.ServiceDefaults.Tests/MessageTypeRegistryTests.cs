using ParentPartner.Contracts.Referrals;
using ParentPartner.ServiceDefaults.Messaging;

namespace ParentPartner.ServiceDefaults.Tests;

public sealed class MessageTypeRegistryTests
{
    [Fact]
    public void Resolves_contract_types_by_full_name()
    {
        Assert.Equal(typeof(ReferralReceived), new MessageTypeRegistry().Resolve("ParentPartner.Contracts.Referrals.ReferralReceived"));
    }

    [Theory]
    [InlineData("System.IO.File")]
    [InlineData("ParentPartner.Contracts.Referrals.NoSuchEvent")]
    public void Refuses_anything_that_is_not_a_contract(string name)
    {
        Assert.Throws<InvalidOperationException>(() => new MessageTypeRegistry().Resolve(name));
    }
}
