using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;

namespace ParentPartner.Referral.Tests;

/// <summary>Intake by a coordinator: the whole family record, the anonymity and consent rules, and Idempotency-Key.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IntakeTests(Platform platform)
{
    private readonly ReferralWorld _world = new(platform);

    [Fact]
    public async Task A_full_intake_is_stored_with_the_five_factors_and_read_back()
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var body = new ReferralRequestBuilder(TestUsers.ProgramA)
            .WithSource("hospital-or-clinic")
            .WithReferrer("organisation", "Blank Children's Hospital")
            .WithP2pProfile(3, "down-syndrome", "congenital-heart")
            .WithParentPreferences(evenings: true, weekends: true, fatherToFather: true, culturalBackground: "Somali")
            .WithNeeds("culturalMatch", true)
            .WithConsent("givenBy", "parent")
            .Build();

        using var created = await coordinator.PostAsJsonAsync("/api/referrals", body);
        var referral = await created.ReadJsonAsync(HttpStatusCode.Created);
        var id = referral.GetProperty("id").GetGuid();

        using var read = await coordinator.GetAsync($"/api/referrals/{id}");
        var stored = await read.ReadJsonAsync();
        Assert.Equal("hospital-or-clinic", stored.GetProperty("source").GetString());
        Assert.Equal("received", stored.GetProperty("status").GetString());
        Assert.Equal("Blank Children's Hospital", stored.GetProperty("referrer").GetProperty("organisation").GetString());
        var parent = stored.GetProperty("parent");
        Assert.Equal(["es", "en"], parent.GetProperty("preferredLanguages").EnumerateArray().Select(l => l.GetString()));
        Assert.True(parent.GetProperty("availability").GetProperty("evenings").GetBoolean());
        Assert.True(parent.GetProperty("availability").GetProperty("weekends").GetBoolean());
        Assert.True(parent.GetProperty("fatherToFather").GetBoolean());
        Assert.Equal("Somali", parent.GetProperty("culturalBackground").GetString());
        Assert.Equal(3, stored.GetProperty("child").GetProperty("age").GetInt32());
        Assert.Equal(["down-syndrome", "congenital-heart"], stored.GetProperty("child").GetProperty("conditionCategories").EnumerateArray().Select(c => c.GetString()));
        var needs = stored.GetProperty("needs");
        Assert.Equal("Recent diagnosis; feeding difficulties.", needs.GetProperty("challenges").GetString());
        Assert.Equal("Wants to talk to a parent who has been through it.", needs.GetProperty("reasonForSupport").GetString());
        Assert.Equal(["same-diagnosis", "bilingual"], needs.GetProperty("qualitiesHopedFor").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal("Phone calls after 6pm.", needs.GetProperty("preferences").GetString());
        Assert.True(needs.GetProperty("culturalMatch").GetBoolean());
        Assert.Equal("matching-and-contact", stored.GetProperty("consent").GetProperty("scope").GetString());

        // The history starts at intake, by the coordinator who took it in.
        var history = await _world.InDbAsync(db => db.StatusChanges.Where(c => c.ReferralId == id).ToListAsync());
        var intake = Assert.Single(history);
        Assert.Null(intake.From);
        Assert.Equal(TestUsers.CoordinatorA.Subject, intake.ChangedBy);
    }

    [Fact]
    public async Task A_child_welfare_intake_records_the_case_stage()
    {
        var id = await _world.NewReferralAsync(TestUsers.ProgramB, b => b.WithCaseStage("shelter-hearing"));
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorB);
        using var read = await coordinator.GetAsync($"/api/referrals/{id}");
        Assert.Equal("shelter-hearing", (await read.ReadJsonAsync()).GetProperty("case").GetProperty("stage").GetString());
    }

    public static TheoryData<string, string> RuleBreakers => new()
    {
        { "no-parent", "parent" },
        { "no-first-name", "parent.firstName" },
        { "no-last-name", "parent.lastName" },
        { "no-contact", "parent" },
        { "no-consent", "consent" },
        { "no-consent-time", "consent.givenAt" },
        { "no-consent-scope", "consent.scope" },
        { "third-party-consent", "consent.givenBy" },
        { "consent-in-the-future", "consent.givenAt" },
    };

    [Theory]
    [MemberData(nameof(RuleBreakers))]
    public async Task An_anonymous_referral_or_one_without_the_parents_own_consent_is_422_with_the_reason_and_stores_nothing(string breach, string field)
    {
        var builder = new ReferralRequestBuilder(TestUsers.ProgramA).WithP2pProfile();
        builder = breach switch
        {
            "no-parent" => builder.WithoutParent(),
            "no-first-name" => builder.WithParent("firstName", null),
            "no-last-name" => builder.WithParent("lastName", "  "),
            "no-contact" => builder.WithParent("email", null).WithParent("phone", ""),
            "no-consent" => builder.WithoutConsent(),
            "no-consent-time" => builder.WithConsent("givenAt", null),
            "no-consent-scope" => builder.WithConsent("scope", null),
            "third-party-consent" => builder.WithConsent("givenBy", "third-party"),
            _ => builder.WithConsent("givenAt", platform.Clock.GetUtcNow().AddDays(2).ToString("O")),
        };
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var before = await _world.StoredRowsAsync();

        using var response = await coordinator.PostAsJsonAsync("/api/referrals", builder.Build());

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("No anonymous referrals", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"errors name {field}: {problem}");
        Assert.Equal(before, await _world.StoredRowsAsync());
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_response_and_makes_one_referral()
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        await using var audit = await DeliveryAudit<ReferralReceived>.StartAsync(platform.Broker);
        var key = Guid.NewGuid().ToString();
        var lastName = $"Retry-{key[..8]}";
        var body = new ReferralRequestBuilder(TestUsers.ProgramA).WithP2pProfile().WithParent("lastName", lastName).Build();

        using var first = await Post(coordinator, body, key);
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        using var second = await Post(coordinator, body, key);
        var secondBody = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(firstBody), JsonNode.Parse(secondBody)), $"{firstBody}\n{secondBody}");
        var id = JsonDocument.Parse(firstBody).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(1, await _world.InDbAsync(db => db.Referrals.CountAsync(r => r.Parent.LastName == lastName)));
        await Eventually.UntilAsync(() => Task.FromResult(audit.Deliveries.Count(d => d.Message.ReferralId == id)), n => n >= 1, what: "the one ReferralReceived");
        Assert.Single(audit.Deliveries, d => d.Message.ReferralId == id);
    }

    [Fact]
    public async Task The_same_idempotency_key_with_a_different_body_is_422_and_stores_nothing()
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var key = Guid.NewGuid().ToString();
        using var first = await Post(coordinator, new ReferralRequestBuilder(TestUsers.ProgramA).Build(), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var before = await _world.StoredRowsAsync();

        using var reused = await Post(coordinator, new ReferralRequestBuilder(TestUsers.ProgramA).WithParent("firstName", "Someone else").Build(), key);

        var problem = await reused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("Idempotency-Key", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await _world.StoredRowsAsync());
    }

    [Fact]
    public async Task A_refused_request_does_not_burn_its_idempotency_key()
    {
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var key = Guid.NewGuid().ToString();
        using var refused = await Post(coordinator, new ReferralRequestBuilder(TestUsers.ProgramA).WithoutConsent().Build(), key);
        await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        using var corrected = await Post(coordinator, new ReferralRequestBuilder(TestUsers.ProgramA).Build(), key);
        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.False(corrected.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task Intake_is_announced_as_referral_received_with_its_source()
    {
        await using var audit = await DeliveryAudit<ReferralReceived>.StartAsync(platform.Broker);
        var id = await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithSource("court"));

        var delivered = await Eventually.UntilAsync(() => Task.FromResult(audit.Deliveries.Where(d => d.Message.ReferralId == id).ToList()), d => d.Count >= 1, what: "ReferralReceived");
        Assert.Equal(("Court", TestUsers.ProgramA), (delivered[0].Message.Source, delivered[0].Message.ProgramId));
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, JsonObject body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/referrals") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }
}
