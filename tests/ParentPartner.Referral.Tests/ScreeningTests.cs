using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using ParentPartner.Testing.Builders.Referrals;

namespace ParentPartner.Referral.Tests;

/// <summary>Screening through the API: legal moves recorded and announced, illegal ones 409, the matching profile required.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ScreeningTests(Platform platform) : IAsyncLifetime
{
    private static readonly string[] Statuses = ["received", "screened", "ready-for-matching", "information-only", "matched", "closed", "withdrawn"];
    private static readonly string[] CoordinatorDecisions = ["screened", "ready-for-matching", "information-only", "withdrawn"];
    private static readonly HashSet<(string, string)> Legal =
    [
        ("received", "screened"), ("received", "withdrawn"),
        ("screened", "ready-for-matching"), ("screened", "information-only"), ("screened", "withdrawn"),
        ("ready-for-matching", "withdrawn"), ("matched", "withdrawn"),
    ];

    private readonly ReferralWorld _world = new(platform);

    public static TheoryData<string, string> LegalDecisions() => Pairs(legal: true);

    public static TheoryData<string, string> IllegalDecisions() => Pairs(legal: false);

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(LegalDecisions))]
    public async Task A_legal_decision_moves_the_referral_and_appends_to_its_history(string from, string to)
    {
        var id = await _world.ReferralInAsync(from);
        var historyBefore = await HistoryCountAsync(id);

        var change = await _world.MoveAsync(id, to);

        Assert.Equal(from, change.GetProperty("from").GetString());
        Assert.Equal(to, change.GetProperty("to").GetString());
        Assert.Equal(TestUsers.CoordinatorA.Subject, change.GetProperty("changedBy").GetString());
        Assert.Equal(to, await StatusAsync(id));
        Assert.Equal(historyBefore + 1, await HistoryCountAsync(id));
    }

    [Theory]
    [MemberData(nameof(IllegalDecisions))]
    public async Task An_illegal_decision_is_a_409_problem_and_changes_nothing(string from, string to)
    {
        var id = await _world.ReferralInAsync(from);
        var before = await _world.StoredRowsAsync();
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);

        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/status-changes", StatusChangeRequestBuilder.To(to));

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains($"{from} cannot become {to}", problem.GetProperty("detail").GetString());
        Assert.Equal(from, await StatusAsync(id));
        Assert.Equal(before, await _world.StoredRowsAsync());
    }

    [Theory]
    [InlineData("matched")]
    [InlineData("closed")]
    [InlineData("received")]
    public async Task Matched_closed_and_received_are_not_a_coordinators_to_set(string status)
    {
        var id = await _world.ReferralInAsync("ready-for-matching");
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/status-changes", new JsonObject { ["status"] = status });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _));
        Assert.Equal("ready-for-matching", await StatusAsync(id));
    }

    [Fact]
    public async Task Withdrawing_needs_a_reason_and_information_only_needs_what_was_given()
    {
        var id = await _world.ReferralInAsync("screened");
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);

        using var noReason = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/status-changes", new JsonObject { ["status"] = "withdrawn" });
        Assert.True((await noReason.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
        using var noTopics = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/status-changes", new JsonObject { ["status"] = "information-only" });
        Assert.True((await noTopics.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("informationGiven", out _));
        using var topicsElsewhere = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/status-changes",
            new JsonObject { ["status"] = "ready-for-matching", ["informationGiven"] = new JsonArray("support-groups") });
        await topicsElsewhere.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("screened", await StatusAsync(id));
    }

    [Fact]
    public async Task A_p2p_referral_without_the_child_is_not_ready_for_matching_422()
    {
        var id = await _world.SubmitAsync(TestUsers.CoordinatorA, new ReferralRequestBuilder(TestUsers.ProgramA).Build());
        await _world.MoveAsync(id, "screened");
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);

        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/status-changes", StatusChangeRequestBuilder.To("ready-for-matching"));

        var errors = (await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("child.age", out _));
        Assert.True(errors.TryGetProperty("child.conditionCategories", out _));
        Assert.Equal("screened", await StatusAsync(id));
    }

    [Fact]
    public async Task A_child_welfare_referral_without_the_case_stage_or_a_language_is_not_ready_for_matching_422()
    {
        var body = new ReferralRequestBuilder(TestUsers.ProgramB).WithP2pProfile().WithParent("preferredLanguages", new JsonArray()).Build();
        var id = await _world.SubmitAsync(TestUsers.CoordinatorB, body);
        await _world.MoveAsync(id, "screened", TestUsers.ProgramB);
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorB);

        using var response = await coordinator.PostAsJsonAsync($"/api/referrals/{id}/status-changes", StatusChangeRequestBuilder.To("ready-for-matching"));

        var errors = (await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("case.stage", out _));
        Assert.True(errors.TryGetProperty("parent.preferredLanguages", out _));
    }

    [Fact]
    public async Task Ready_for_matching_announces_the_matching_profile_and_nothing_that_identifies_the_family()
    {
        await using var profiles = await DeliveryAudit<ReferralMatchingRequested>.StartAsync(platform.Broker);
        await using var changes = await DeliveryAudit<ReferralStatusChanged>.StartAsync(platform.Broker);
        var id = await _world.NewReferralAsync(TestUsers.ProgramA, b => b
            .WithP2pProfile(5, "autism")
            .WithParentPreferences(evenings: true, weekends: false, fatherToFather: true, culturalBackground: "Hmong")
            .WithNeeds("culturalMatch", true));
        await _world.MoveAsync(id, "screened");
        await _world.MoveAsync(id, "ready-for-matching");

        var profile = (await Eventually.UntilAsync(() => Task.FromResult(profiles.Deliveries.Where(d => d.Message.ReferralId == id).ToList()), d => d.Count > 0, what: "the matching profile")).First().Message;
        Assert.Equal(TestUsers.ProgramA, profile.ProgramId);
        Assert.Equal("P2p", profile.ProgramKind);
        Assert.Equal(["es", "en"], profile.PreferredLanguages);
        Assert.Equal("Polk", profile.County);
        Assert.Equal(["autism"], profile.ConditionCategories);
        Assert.Equal(5, profile.ChildAge);
        Assert.True(profile.FatherToFatherWanted);
        Assert.Equal("Hmong", profile.CulturalBackground);
        Assert.True(profile.AvailableEvenings);
        Assert.False(profile.AvailableWeekends);
        Assert.Equal(["same-diagnosis", "bilingual"], profile.QualitiesHopedFor);

        // On the wire: no name, no contact, no free text.
        var bodies = await _world.InDbAsync(db => db.OutboxMessages.Where(m => m.MessageType == typeof(ReferralMatchingRequested).FullName).Select(m => m.Body).ToListAsync());
        var wire = Assert.Single(bodies, b => b.Contains(id.ToString(), StringComparison.Ordinal));
        foreach (var personal in new[] { "Maria", "Lopez", "maria.lopez@example.org", "515-555-0142", "feeding", "6pm", "through it" })
        {
            Assert.DoesNotContain(personal, wire, StringComparison.OrdinalIgnoreCase);
        }

        await Eventually.UntilAsync(() => Task.FromResult(changes.Deliveries.Count(d => d.Message.ReferralId == id)), n => n >= 2, what: "both status changes");
        Assert.Equal([("Received", "Screened"), ("Screened", "ReadyForMatching")],
            changes.Deliveries.Where(d => d.Message.ReferralId == id).Select(d => (d.Message.From, d.Message.To)).Distinct().OrderBy(p => p.From == "Screened"));
    }

    [Fact]
    public async Task The_cultural_background_travels_only_when_the_family_asked_for_it_to_count()
    {
        await using var profiles = await DeliveryAudit<ReferralMatchingRequested>.StartAsync(platform.Broker);
        var id = await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithParentPreferences(culturalBackground: "Hmong"));
        await _world.MoveAsync(id, "screened");
        await _world.MoveAsync(id, "ready-for-matching");

        var profile = (await Eventually.UntilAsync(() => Task.FromResult(profiles.Deliveries.Where(d => d.Message.ReferralId == id).ToList()), d => d.Count > 0, what: "the matching profile")).First().Message;
        Assert.Null(profile.CulturalBackground);
    }

    [Fact]
    public async Task Information_only_records_and_announces_what_was_given()
    {
        await using var informed = await DeliveryAudit<ReferralInformationOnlyRecorded>.StartAsync(platform.Broker);
        var id = await _world.ReferralInAsync("information-only");

        var stored = await _world.InDbAsync(db => db.Referrals.SingleAsync(r => r.Id == id));
        Assert.Equal(["support-groups", "diagnosis-resources"], stored.InformationGiven);
        var message = (await Eventually.UntilAsync(() => Task.FromResult(informed.Deliveries.Where(d => d.Message.ReferralId == id).ToList()), d => d.Count > 0, what: "information-only")).First().Message;
        Assert.Equal(["support-groups", "diagnosis-resources"], message.InformationGiven);
        Assert.Equal("ChildWelfareAgency", message.Source);
    }

    [Fact]
    public async Task A_withdrawal_is_announced_with_its_reason()
    {
        await using var withdrawals = await DeliveryAudit<ReferralWithdrawalRecorded>.StartAsync(platform.Broker);
        var id = await _world.ReferralInAsync("ready-for-matching");
        await _world.MoveAsync(id, "withdrawn");

        var message = (await Eventually.UntilAsync(() => Task.FromResult(withdrawals.Deliveries.Where(d => d.Message.ReferralId == id).ToList()), d => d.Count > 0, what: "withdrawal")).First().Message;
        Assert.Equal(("ReadyForMatching", "family-declined"), (message.PreviousStatus, message.Reason));
    }

    [Fact]
    public async Task The_status_history_is_kept_in_full_oldest_first()
    {
        var id = await _world.ReferralInAsync("closed");
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);

        using var response = await coordinator.GetAsync($"/api/referrals/{id}/status-changes");

        var history = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Equal(["received", "screened", "ready-for-matching", "matched", "closed"], history.Select(h => h.GetProperty("to").GetString()));
        Assert.Equal([null, "received", "screened", "ready-for-matching", "matched"], history.Select(h => h.GetProperty("from").GetString()));
        Assert.Equal("Screening call: screened.", history[1].GetProperty("note").GetString());
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.GetProperty("changedAt").GetDateTimeOffset() <= p.Second.GetProperty("changedAt").GetDateTimeOffset()));
    }

    [Fact]
    public async Task Two_screeners_deciding_at_once_make_one_change_and_the_others_get_409()
    {
        var id = await _world.ReferralInAsync("received");
        var token = await platform.TokenAsync(TestUsers.CoordinatorA);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var client = new HttpClient { BaseAddress = platform.Gateway.Address };
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            using var response = await client.PostAsJsonAsync($"/api/referrals/{id}/status-changes", StatusChangeRequestBuilder.To("screened"));
            return response.StatusCode;
        }));

        Assert.Single(statuses, s => s == HttpStatusCode.Created);
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Equal(1, await _world.InDbAsync(db => db.StatusChanges.CountAsync(c => c.ReferralId == id && c.To == ReferralStatus.Screened)));
    }

    [Fact]
    public async Task A_retried_decision_with_its_idempotency_key_is_replayed_not_refused()
    {
        var id = await _world.ReferralInAsync("received");
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        var key = Guid.NewGuid().ToString();

        HttpRequestMessage Decision()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/referrals/{id}/status-changes") { Content = JsonContent.Create(StatusChangeRequestBuilder.To("screened")) };
            request.Headers.Add("Idempotency-Key", key);
            return request;
        }

        using var first = await coordinator.SendAsync(Decision());
        using var retry = await coordinator.SendAsync(Decision());
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, retry.StatusCode));
        Assert.Equal(2, await HistoryCountAsync(id));
    }

    private Task<string> StatusAsync(Guid id) =>
        _world.InDbAsync(async db => ServiceDefaults.Http.KebabEnum.Name(await db.Referrals.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

    private Task<int> HistoryCountAsync(Guid id) => _world.InDbAsync(db => db.StatusChanges.CountAsync(c => c.ReferralId == id));

    private static TheoryData<string, string> Pairs(bool legal)
    {
        var data = new TheoryData<string, string>();
        foreach (var from in Statuses)
        {
            foreach (var to in CoordinatorDecisions.Where(to => Legal.Contains((from, to)) == legal))
            {
                data.Add(from, to);
            }
        }
        return data;
    }
}
