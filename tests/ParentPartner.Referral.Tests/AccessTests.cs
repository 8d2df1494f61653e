using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ParentPartner.Referral.Tests.Support;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;
using ParentPartner.Testing.Builders.Referrals;

namespace ParentPartner.Referral.Tests;

/// <summary>Every endpoint, tried with every role that may not use it (403) and with another program's ids (404).</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessTests(Platform platform) : IAsyncLifetime
{
    private const string Coordinator = "coordinator";
    private const string Admin = "admin";
    private const string Referrer = "referrer";

    /// <summary>Endpoint → the principals allowed to use it (in program A).</summary>
    private static readonly Dictionary<string, string[]> Endpoints = new()
    {
        ["POST /api/referrals"] = [Coordinator, Referrer],
        ["GET /api/referrals"] = [Coordinator, Admin],
        ["GET /api/referrals/{id}"] = [Coordinator, Admin],
        ["POST /api/referrals/{id}/status-changes"] = [Coordinator],
        ["GET /api/referrals/{id}/status-changes"] = [Coordinator, Admin],
        ["POST /api/referrals/{id}/consent-revocation"] = [Coordinator, Admin],
        ["GET /api/referrals/{id}/audit"] = [Admin],
        ["GET /api/referrals/referred"] = [Referrer],
        ["GET /api/referrals/referred/{id}"] = [Referrer],
        ["PUT /api/referrals/programs/{program}"] = [Admin],
        ["GET /api/referrals/programs"] = [Coordinator, Admin],
        ["GET /api/referrals/programs/{program}"] = [Coordinator, Admin],
        ["POST /api/referrals/programs/{program}/information-requests"] = [Coordinator],
        ["GET /api/referrals/programs/{program}/information-requests"] = [Coordinator, Admin],
        ["POST /api/referrals/{id}/re-entries"] = [Coordinator],
        ["GET /api/referrals/{id}/re-entries"] = [Coordinator, Admin],
    };

    private static readonly string[] Principals = [Coordinator, Admin, Referrer, "support-parent", "payroll-approver", "alliance-analyst", "platform-admin"];

    private readonly ReferralWorld _world = new(platform);

    public static TheoryData<string, string> WrongRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var (endpoint, allowed) in Endpoints)
        {
            foreach (var principal in Principals.Except(allowed))
            {
                data.Add(endpoint, principal);
            }
        }
        return data;
    }

    public static TheoryData<string, string> OtherProgram()
    {
        var data = new TheoryData<string, string>();
        foreach (var (endpoint, allowed) in Endpoints.Where(e => e.Key.Contains('{') || e.Key == "POST /api/referrals"))
        {
            foreach (var principal in allowed)
            {
                data.Add(endpoint, principal);
            }
        }
        data.Add("GET /api/referrals?programId={program}", Coordinator);
        data.Add("GET /api/referrals?programId={program}", Admin);
        return data;
    }

    public Task InitializeAsync() => _world.EnsureProgramsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(WrongRoles))]
    public async Task A_role_that_may_not_use_an_endpoint_gets_403_and_changes_nothing(string endpoint, string principal)
    {
        var id = await ReferralOfProgramAAsync();
        using var client = await ClientAsync(principal, TestUsers.ProgramA);
        var before = await _world.StoredRowsAsync();
        var programBefore = await _world.ProgramUpdatedAtAsync(TestUsers.ProgramA);

        using var response = await client.SendAsync(Request(endpoint, id, TestUsers.ProgramA));

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await _world.StoredRowsAsync());
        Assert.Equal(programBefore, await _world.ProgramUpdatedAtAsync(TestUsers.ProgramA));
    }

    [Theory]
    [MemberData(nameof(OtherProgram))]
    public async Task Another_programs_resource_is_404_for_every_endpoint_and_changes_nothing(string endpoint, string principal)
    {
        var id = await ReferralOfProgramAAsync();
        using var client = await ClientAsync(principal, TestUsers.ProgramB);
        var before = await _world.StoredRowsAsync();
        var programBefore = await _world.ProgramUpdatedAtAsync(TestUsers.ProgramA);

        using var response = await client.SendAsync(Request(endpoint, id, TestUsers.ProgramA));

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await _world.StoredRowsAsync());
        Assert.Equal(programBefore, await _world.ProgramUpdatedAtAsync(TestUsers.ProgramA));
    }

    [Fact]
    public async Task A_coordinator_of_both_programs_reaches_both()
    {
        var inA = await _world.NewReferralAsync(TestUsers.ProgramA);
        var inB = await _world.NewReferralAsync(TestUsers.ProgramB);
        using var both = await platform.GatewayClientAsync(TestUsers.CoordinatorAB);
        foreach (var id in new[] { inA, inB })
        {
            using var response = await both.GetAsync($"/api/referrals/{id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        using var programs = await both.GetAsync("/api/referrals/programs");
        Assert.Equal([TestUsers.ProgramA, TestUsers.ProgramB], (await programs.ReadJsonAsync()).EnumerateArray().Select(p => p.GetProperty("programId").GetString()));
    }

    /// <summary>Made by referrer A's client so that every endpoint, the closed loop included, has something to find.</summary>
    private async Task<Guid> ReferralOfProgramAAsync() =>
        await _world.NewReferralAsync(TestUsers.ProgramA, b => b.WithReferrer("organisationId", TestUsers.ReferrerA.ClientId));

    private Task<HttpClient> ClientAsync(string principal, string programId)
    {
        var inB = programId == TestUsers.ProgramB;
        return principal switch
        {
            Coordinator => platform.GatewayClientAsync(inB ? TestUsers.CoordinatorB : TestUsers.CoordinatorA),
            Admin => platform.GatewayClientAsync(inB ? TestUsers.AdminB : TestUsers.AdminA),
            Referrer => platform.GatewayClientAsync(inB ? TestUsers.ReferrerB : TestUsers.ReferrerA),
            "support-parent" => platform.GatewayClientAsync(inB ? TestUsers.SupportParentB : TestUsers.SupportParentA),
            "payroll-approver" => platform.GatewayClientAsync(TestUsers.PayrollApproverA),
            "alliance-analyst" => platform.GatewayClientAsync(TestUsers.Analyst),
            _ => platform.GatewayClientAsync(TestUsers.PlatformAdmin),
        };
    }

    /// <summary>A well-formed request for the endpoint, so a refusal can only come from who is asking.</summary>
    private static HttpRequestMessage Request(string endpoint, Guid id, string programId)
    {
        var parts = endpoint.Split(' ', 2);
        var path = parts[1].Replace("{id}", id.ToString()).Replace("{program}", programId);
        var request = new HttpRequestMessage(new HttpMethod(parts[0]), path);
        JsonObject? body = parts[1] switch
        {
            "/api/referrals" when parts[0] == "POST" => new ReferralRequestBuilder(programId).Build(),
            "/api/referrals/{id}/status-changes" when parts[0] == "POST" => StatusChangeRequestBuilder.To("screened"),
            "/api/referrals/{id}/consent-revocation" => new JsonObject(),
            "/api/referrals/programs/{program}" when parts[0] == "PUT" => new ProgramRequestBuilder().With("name", "Renamed by the wrong person").Build(),
            "/api/referrals/programs/{program}/information-requests" when parts[0] == "POST" => InformationRequestBuilder.Answered(new DateOnly(2026, 1, 5)),
            "/api/referrals/{id}/re-entries" when parts[0] == "POST" => InformationRequestBuilder.ReEntry(new DateOnly(2026, 1, 5)),
            _ => null,
        };
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        return request;
    }
}
