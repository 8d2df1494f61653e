using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using ParentPartner.Testing.Builders.Referrals;

namespace ParentPartner.Referral.Tests;

/// <summary>Consent revoked: the family's data is erased here, every other service is told, and counts and dates survive.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ConsentRevocationTests(Platform platform) : IAsyncLifetime
{
    private readonly ReferralWorld _world = new(platform);

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Revoking_consent_erases_the_family_withdraws_the_referral_and_tells_every_service()
    {
        await using var received = await DeliveryAudit<ReferralReceived>.StartAsync(platform.Broker);
        await using var revoked = await DeliveryAudit<ReferralConsentRevoked>.StartAsync(platform.Broker);
        await using var withdrawn = await DeliveryAudit<ReferralWithdrawalRecorded>.StartAsync(platform.Broker);
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var key = Guid.NewGuid().ToString();
        var body = new ReferralRequestBuilder(TestUsers.ProgramA)
            .WithP2pProfile(6, "epilepsy")
            .WithParentPreferences(culturalBackground: "Karen")
            .WithReferrer("contact", "Dr Who, 515-555-0100")
            .Build();
        using var created = await Send(coordinator, HttpMethod.Post, "/api/referrals", body, key);
        var id = (await created.ReadJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await _world.MoveAsync(id, "screened");
        await _world.MoveAsync(id, "ready-for-matching");
        var receivedAt = await _world.InDbAsync(db => db.Referrals.Where(r => r.Id == id).Select(r => r.ReceivedAt).SingleAsync());
        // Reporting has counted this referral before consent goes.
        var receivedMessage = (await Eventually.UntilAsync(() => Task.FromResult(received.Deliveries.Where(d => d.Message.ReferralId == id).ToList()), d => d.Count > 0, what: "ReferralReceived")).First().MessageId;
        await Eventually.UntilAsync(() => ReportingHandledAsync(receivedMessage), handled => handled, what: "reporting to count the referral");
        var countedBefore = await CountedAsync();

        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/consent-revocation", new JsonObject());

        var result = await response.ReadJsonAsync();
        Assert.Equal("withdrawn", result.GetProperty("status").GetString());

        // Gone here: names, contacts, languages, county, cultural background, the child, free text, notes.
        var referral = await _world.InDbAsync(db => db.Referrals.Include(r => r.StatusHistory).SingleAsync(r => r.Id == id));
        Assert.All(new[] { referral.Parent.FirstName, referral.Parent.LastName, referral.Parent.Email, referral.Parent.Phone, referral.Parent.County,
            referral.Parent.CulturalBackground, referral.Needs.Challenges, referral.Needs.ReasonForSupport, referral.Needs.Preferences, referral.ReferrerContact }, Assert.Null);
        Assert.Empty(referral.Parent.PreferredLanguages);
        Assert.Empty(referral.Child.ConditionCategories);
        Assert.Empty(referral.Needs.QualitiesHopedFor);
        Assert.Null(referral.Child.Age);
        Assert.All(referral.StatusHistory, change => Assert.Null(change.Note));
        // Kept: the referral itself, its source, statuses and dates, so counts survive.
        Assert.Equal((ReferralSource.ChildWelfareAgency, ReferralStatus.Withdrawn, receivedAt), (referral.Source, referral.Status, referral.ReceivedAt));
        Assert.NotNull(referral.Consent.RevokedAt);
        Assert.NotNull(referral.PersonalDataErasedAt);
        Assert.Equal(["Received", "Screened", "ReadyForMatching", "Withdrawn"], referral.StatusHistory.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Select(c => c.To.ToString()));
        Assert.Equal("consent-revoked", referral.StatusHistory.Single(c => c.To == ReferralStatus.Withdrawn).Reason);

        // Every other service is told (and matching learns the referral left its queue).
        var message = (await Eventually.UntilAsync(() => Task.FromResult(revoked.Deliveries.Where(d => d.Message.ReferralId == id).ToList()), d => d.Count > 0, what: "ReferralConsentRevoked")).First().Message;
        Assert.Equal(TestUsers.ProgramA, message.ProgramId);
        await Eventually.UntilAsync(() => Task.FromResult(withdrawn.Deliveries.Any(d => d.Message.ReferralId == id && d.Message.Reason == "consent-revoked")), w => w, what: "the withdrawal");

        // Reporting's count of referrals received did not move.
        Assert.Equal(countedBefore, await CountedAsync());

        // Reading it shows nothing personal, and a replayed POST does not hand the erased data back.
        using var read = await coordinator.GetAsync($"/api/referrals/{id}");
        var json = await read.Content.ReadAsStringAsync();
        using var replay = await Send(coordinator, HttpMethod.Post, "/api/referrals", body, key);
        var replayed = await replay.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        foreach (var personal in new[] { "Maria", "Lopez", "maria.lopez", "515-555", "Karen", "epilepsy", "Polk", "Dr Who", "feeding" })
        {
            Assert.DoesNotContain(personal, json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(personal, replayed, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(1, await _world.InDbAsync(db => db.Referrals.CountAsync(r => r.Id == id)));
    }

    [Fact]
    public async Task Consent_revoked_on_a_settled_referral_erases_it_without_changing_its_status()
    {
        var id = await _world.ReferralInAsync("information-only");
        using var coordinator = await platform.GatewayClientAsync(TestUsers.AdminA);
        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/consent-revocation", new JsonObject());
        Assert.Equal("information-only", (await response.ReadJsonAsync()).GetProperty("status").GetString());
        var referral = await _world.InDbAsync(db => db.Referrals.SingleAsync(r => r.Id == id));
        Assert.Null(referral.Parent.FirstName);
        Assert.Empty(referral.InformationGiven);
    }

    [Fact]
    public async Task Revoking_twice_is_a_409_and_a_revoked_referral_cannot_be_screened()
    {
        var id = await _world.ReferralInAsync("received");
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var first = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/consent-revocation", new JsonObject());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var again = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/consent-revocation", new JsonObject());
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        using var screen = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/status-changes", StatusChangeRequestBuilder.To("screened"));
        await screen.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_revocation_dated_in_the_future_is_400_and_erases_nothing()
    {
        var id = await _world.ReferralInAsync("received");
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/consent-revocation",
            new JsonObject { ["revokedAt"] = platform.Clock.GetUtcNow().AddDays(3).ToString("O") });
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Maria", await _world.InDbAsync(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Parent.FirstName).SingleAsync()));
    }

    private async Task<int> CountedAsync()
    {
        await using var scope = platform.Reporting.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.ReferralCounts.Where(c => c.ProgramId == TestUsers.ProgramA).SumAsync(c => c.Received);
    }

    private async Task<bool> ReportingHandledAsync(Guid messageId)
    {
        await using var scope = platform.Reporting.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.InboxRecords.AnyAsync(r => r.MessageId == messageId);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, JsonObject body, string key)
    {
        var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
