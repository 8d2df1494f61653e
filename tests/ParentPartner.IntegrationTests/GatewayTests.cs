using System.Net;
using System.Text.Json;
using ParentPartner.Gateway.Topology;
using ParentPartner.Testing;

namespace ParentPartner.IntegrationTests;

/// <summary>What the gateway adds: readiness of the whole platform, one API reference, rate limits, correlation ids.</summary>
[Collection(PlatformCollection.Name)]
public sealed class GatewayTests(Platform platform)
{
    /// <summary>Every service the topology declares, with its caller route (the first route prefix + /me).</summary>
    public static TheoryData<string, string> Services()
    {
        var data = new TheoryData<string, string>();
        foreach (var service in PlatformTopology.Load().Services)
        {
            data.Add(service.Name, service.Routes[0] + "/me");
        }
        return data;
    }

    private IEnumerable<string> ServiceNames => platform.Topology.Services.Select(s => s.Name);

    [Fact]
    public async Task Gateway_readiness_reports_every_service_ready()
    {
        using var anonymous = platform.AnonymousClient();
        using var response = await anonymous.GetAsync("/health/ready");
        var report = await response.ReadJsonAsync();
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        var checks = report.GetProperty("checks").EnumerateObject().Select(c => c.Name).ToHashSet();
        Assert.Superset(ServiceNames.ToHashSet(), checks);
    }

    [Fact]
    public async Task Gateway_readiness_turns_unhealthy_when_a_service_is_unreachable()
    {
        var gateway = platform.StartGateway(new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:matching:Destinations:primary:Address"] = $"http://127.0.0.1:{FreePort.Next()}/",
        });
        using var client = platform.AnonymousClient(gateway);
        using var response = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Unhealthy", report.GetProperty("checks").GetProperty("matching").GetString());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("referral").GetString());
        await platform.StopAsync(gateway);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_service_answers_through_the_gateway_and_sees_the_callers_roles_and_programs(string service, string path)
    {
        using var anonymous = platform.AnonymousClient();
        using var refused = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var response = await coordinator.GetAsync(path);
        var caller = await response.ReadJsonAsync();
        Assert.Equal(service, caller.GetProperty("service").GetString());
        Assert.Equal(["program-coordinator"], caller.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal([TestUsers.ProgramA], caller.GetProperty("programs").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_service_publishes_its_openapi_document_through_the_gateway(string service, string path)
    {
        using var anonymous = platform.AnonymousClient();
        using var response = await anonymous.GetAsync($"/openapi/{service}.json");
        var document = await response.ReadJsonAsync();
        Assert.Equal($"ParentPartner {service} API", document.GetProperty("info").GetProperty("title").GetString());
        Assert.True(document.GetProperty("paths").TryGetProperty(path, out _), $"{path} is documented");
    }

    [Fact]
    public async Task The_api_reference_page_lists_every_service_document()
    {
        using var anonymous = platform.AnonymousClient();
        using var response = await anonymous.GetAsync("/docs");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        foreach (var service in ServiceNames)
        {
            Assert.Contains($"\"url\":\"openapi/{service}.json\"", page);
        }
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_429_with_retry_after()
    {
        var gateway = platform.StartGateway(new Dictionary<string, string?>
        {
            ["Gateway:RateLimiting:TokenLimit"] = "3",
            ["Gateway:RateLimiting:TokensPerPeriod"] = "1",
            ["Gateway:RateLimiting:ReplenishmentPeriod"] = "00:01:00",
        });
        using var coordinator = await platform.GatewayClientAsync(TestUsers.CoordinatorA, gateway);
        using var other = await platform.GatewayClientAsync(TestUsers.CoordinatorB, gateway);

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await coordinator.GetAsync($"/api/reports/programs/{TestUsers.ProgramA}/summary");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }
        using var limited = await coordinator.GetAsync($"/api/reports/programs/{TestUsers.ProgramA}/summary");
        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);

        // The limit is per client: another caller is unaffected.
        using var unaffected = await other.GetAsync($"/api/reports/programs/{TestUsers.ProgramB}/summary");
        Assert.Equal(HttpStatusCode.OK, unaffected.StatusCode);
        await platform.StopAsync(gateway);
    }

    [Fact]
    public async Task Every_response_carries_a_correlation_id_and_a_given_one_is_kept()
    {
        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var fresh = await client.GetAsync($"/api/reports/programs/{TestUsers.ProgramA}/summary");
        Assert.Matches("^[0-9a-f]{32}$", fresh.Headers.GetValues("X-Correlation-Id").Single());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/referrals/00000000-0000-0000-0000-000000000001");
        request.Headers.Add("X-Correlation-Id", "intake-desk-42");
        using var notFound = await client.SendAsync(request);
        var problem = await notFound.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("intake-desk-42", notFound.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Equal("intake-desk-42", problem.GetProperty("correlationId").GetString());
        Assert.Matches("^[0-9a-f]{32}$", problem.GetProperty("traceId").GetString()!);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem_not_a_500()
    {
        using var client = await platform.GatewayClientAsync(TestUsers.CoordinatorA);
        using var response = await client.GetAsync("/api/referrals/not-a-guid/nothing-here");
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
