using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Referrals;

namespace ParentPartner.Referral.Tests;

/// <summary>The public self-referral form: anonymous, only its own shape, only for an open program, rate-limited per address.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SelfReferralTests(Platform platform) : IAsyncLifetime
{
    private const string Path = "/api/public/self-referrals";
    private readonly ReferralWorld _world = new(platform);

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_parent_refers_themselves_without_a_token_and_the_referral_awaits_screening()
    {
        await using var received = await DeliveryAudit<ReferralReceived>.StartAsync(platform.Broker);
        using var anonymous = platform.AnonymousClient();
        var before = platform.Clock.GetUtcNow();

        using var response = await anonymous.PostAsJsonAsync(Path, new SelfReferralRequestBuilder(TestUsers.ProgramA).Build());

        var accepted = await response.ReadJsonAsync(HttpStatusCode.Accepted);
        Assert.Equal("received", accepted.GetProperty("status").GetString());
        Assert.Equal(["referenceId", "status"], accepted.EnumerateObject().Select(p => p.Name));
        var id = accepted.GetProperty("referenceId").GetGuid();
        var referral = await _world.InDbAsync(db => db.Referrals.Include(r => r.StatusHistory).SingleAsync(r => r.Id == id));
        Assert.Equal((ReferralSource.Self, ReferralStatus.Received, TestUsers.ProgramA), (referral.Source, referral.Status, referral.ProgramId));
        Assert.Equal(("Aisha", "Rahman", "aisha.rahman@example.org"), (referral.Parent.FirstName, referral.Parent.LastName, referral.Parent.Email));
        Assert.Equal(["congenital-heart"], referral.Child.ConditionCategories);
        Assert.InRange(referral.Consent.GivenAt, before, platform.Clock.GetUtcNow());
        Assert.Equal(SelfReferralScope, referral.Consent.Scope);
        Assert.Equal("public-form", Assert.Single(referral.StatusHistory).ChangedBy);
        await Eventually.UntilAsync(() => Task.FromResult(received.Deliveries.Any(d => d.Message.ReferralId == id && d.Message.Source == "Self")), seen => seen, what: "ReferralReceived from the form");

        // The coordinator sees it waiting in the queue.
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var read = await coordinator.GetAsync($"/api/referrals/{id}");
        Assert.Equal("self", (await read.ReadJsonAsync()).GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("no-such-program")]
    [InlineData(TestUsers.ProgramB)]
    public async Task An_unknown_program_or_one_whose_form_is_closed_is_404_and_stores_nothing(string programId)
    {
        using var anonymous = platform.AnonymousClient(_world.FormGateway);
        var before = await _world.StoredRowsAsync();
        using var response = await anonymous.PostAsJsonAsync(Path, new SelfReferralRequestBuilder(programId).Build());
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await _world.StoredRowsAsync());
    }

    [Fact]
    public async Task Opening_and_closing_a_programs_form_takes_effect_at_once()
    {
        using var anonymous = platform.AnonymousClient(_world.FormGateway);
        await _world.PutProgramAsync(TestUsers.AdminB, TestUsers.ProgramB, new ProgramRequestBuilder().ChildWelfare().AcceptingSelfReferrals(true).Build());
        try
        {
            using var open = await anonymous.PostAsJsonAsync(Path, new SelfReferralRequestBuilder(TestUsers.ProgramB).Build());
            Assert.Equal(HttpStatusCode.Accepted, open.StatusCode);
        }
        finally
        {
            await _world.PutProgramAsync(TestUsers.AdminB, TestUsers.ProgramB, new ProgramRequestBuilder().ChildWelfare().AcceptingSelfReferrals(false).Build());
        }
        using var closed = await anonymous.PostAsJsonAsync(Path, new SelfReferralRequestBuilder(TestUsers.ProgramB).Build());
        await closed.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("source", "\"court\"")]
    [InlineData("referrer", "{\"organisation\":\"Spoof\"}")]
    [InlineData("status", "\"ready-for-matching\"")]
    [InlineData("consent", "{\"agreed\":true,\"givenAt\":\"2020-01-01T00:00:00Z\"}")]
    public async Task The_form_accepts_only_its_own_shape(string field, string rawValue)
    {
        using var anonymous = platform.AnonymousClient(_world.FormGateway);
        var before = await _world.StoredRowsAsync();
        var body = new SelfReferralRequestBuilder(TestUsers.ProgramA).With(field, JsonNode.Parse(rawValue)).Build();
        using var response = await anonymous.PostAsJsonAsync(Path, body);
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, await _world.StoredRowsAsync());
    }

    [Theory]
    [InlineData("no-consent")]
    [InlineData("consent-declined")]
    [InlineData("no-parent")]
    [InlineData("no-contact")]
    public async Task A_form_without_the_parents_consent_or_identity_is_422_and_stores_nothing(string breach)
    {
        var builder = new SelfReferralRequestBuilder(TestUsers.ProgramA);
        builder = breach switch
        {
            "no-consent" => builder.Without("consent"),
            "consent-declined" => builder.With("consent", new JsonObject { ["agreed"] = false }),
            "no-parent" => builder.Without("parent"),
            _ => builder.WithParent("email", null),
        };
        using var anonymous = platform.AnonymousClient(_world.FormGateway);
        var before = await _world.StoredRowsAsync();

        using var response = await anonymous.PostAsJsonAsync(Path, builder.Build());

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("consent", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await _world.StoredRowsAsync());
    }

    [Fact]
    public async Task The_form_is_rate_limited_per_client_address()
    {
        var gateway = platform.StartGateway(new Dictionary<string, string?>
        {
            ["Gateway:RateLimiting:AnonymousTokenLimit"] = "3",
            ["Gateway:RateLimiting:AnonymousReplenishmentPeriod"] = "00:10:00",
        });
        try
        {
            using var first = ReferralWorld.AnonymousFrom(System.Net.IPAddress.Parse("127.0.0.1"), gateway);
            using var second = ReferralWorld.AnonymousFrom(System.Net.IPAddress.Parse("127.0.0.2"), gateway);
            for (var i = 0; i < 3; i++)
            {
                using var allowed = await first.PostAsJsonAsync(Path, new SelfReferralRequestBuilder(TestUsers.ProgramA).Build());
                Assert.Equal(HttpStatusCode.Accepted, allowed.StatusCode);
            }
            var before = await _world.StoredRowsAsync();

            using var limited = await first.PostAsJsonAsync(Path, new SelfReferralRequestBuilder(TestUsers.ProgramA).Build());

            await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
            Assert.NotNull(limited.Headers.RetryAfter);
            Assert.Equal(before, await _world.StoredRowsAsync());
            // Another address has its own bucket.
            using var elsewhere = await second.PostAsJsonAsync(Path, new SelfReferralRequestBuilder(TestUsers.ProgramA).Build());
            Assert.Equal(HttpStatusCode.Accepted, elsewhere.StatusCode);
        }
        finally
        {
            await platform.StopAsync(gateway);
        }
    }

    public static TheoryData<string, string> TokenOnly => new()
    {
        { "GET", "/api/referrals" },
        { "POST", "/api/referrals" },
        { "GET", $"/api/referrals/{Guid.Empty}" },
        { "GET", $"/api/referrals/{Guid.Empty}/status-changes" },
        { "POST", $"/api/referrals/{Guid.Empty}/status-changes" },
        { "POST", $"/api/referrals/{Guid.Empty}/consent-revocation" },
        { "GET", $"/api/referrals/{Guid.Empty}/audit" },
        { "GET", "/api/referrals/referred" },
        { "GET", $"/api/referrals/referred/{Guid.Empty}" },
        { "GET", "/api/referrals/programs" },
        { "GET", $"/api/referrals/programs/{TestUsers.ProgramA}" },
        { "PUT", $"/api/referrals/programs/{TestUsers.ProgramA}" },
        { "GET", "/api/public/self-referrals" },
    };

    [Theory]
    [MemberData(nameof(TokenOnly))]
    public async Task Everything_else_needs_a_token_at_the_gateway_and_at_the_service(string method, string path)
    {
        foreach (var address in new[] { _world.FormGateway.Address, platform.Referral.Address })
        {
            using var anonymous = new HttpClient { BaseAddress = address };
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method != "GET")
            {
                request.Content = JsonContent.Create(new JsonObject());
            }
            using var response = await anonymous.SendAsync(request);
            // The form's path answers POST only: another method finds no endpoint rather than a way in.
            var refused = response.StatusCode == HttpStatusCode.Unauthorized
                || (path.StartsWith("/api/public/", StringComparison.Ordinal) && response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound);
            Assert.True(refused, $"{method} {path} at {address}: {(int)response.StatusCode}");
        }
    }

    private static string SelfReferralScope => Api.Features.SelfReferral.SubmitSelfReferralEndpoint.Scope;
}
