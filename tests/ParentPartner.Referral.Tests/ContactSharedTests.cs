using ParentPartner.Contracts.Referrals;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Testing;

namespace ParentPartner.Referral.Tests;

/// <summary>Ready for matching, referral shares how to reach the family, apart from the matching profile and as far as consent allows.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ContactSharedTests(Platform platform) : IAsyncLifetime
{
    private readonly ReferralWorld _world = new(platform);

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("matching-and-contact", true)]
    [InlineData("matching-only", false)]
    [InlineData("matching, no-contact", false)]
    public async Task Ready_for_matching_shares_the_first_name_and_the_contact_only_when_the_scope_covers_it(string scope, bool contact)
    {
        await using var shared = await DeliveryAudit<ReferralContactShared>.StartAsync(platform.Broker);
        var id = await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithConsent("scope", scope));
        await _world.MoveAsync(id, "screened");
        Assert.DoesNotContain(shared.Deliveries, d => d.Message.ReferralId == id); // not before it is ready
        await _world.MoveAsync(id, "ready-for-matching");

        var message = (await Eventually.UntilAsync(() => Task.FromResult(shared.Deliveries.Where(d => d.Message.ReferralId == id).ToList()), d => d.Count > 0, what: "the contact")).First().Message;
        Assert.Equal(TestUsers.ProgramA, message.ProgramId);
        Assert.Equal(scope, message.ConsentScope);
        Assert.Equal("Maria", message.FirstName);
        Assert.Equal(contact ? "maria.lopez@example.org" : null, message.Email);
        Assert.Equal(contact ? "515-555-0142" : null, message.Phone);
    }
}
