using System.Net;
using System.Net.Http.Json;
using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Alliance;

namespace ParentPartner.AllianceHub.Tests;

/// <summary>Only alliance analysts review; analysts and platform admins read; everyone else is refused, at the gateway and at the hub itself.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccessTests(Platform platform) : IAsyncLifetime
{
    private static readonly string[] Reads =
    [
        "/api/alliance/submissions",
        "/api/alliance/submissions/{id}",
        "/api/alliance/national/{year}",
        "/api/alliance/national/{year}/states",
        "/api/alliance/national/{year}/states.csv",
        "/api/alliance/national/trends",
        "/api/alliance/national/charts/matches.svg",
    ];

    private StateBus _state = null!;
    private Submission _pending = null!;

    private HubProbe Hub => new(platform.AllianceHub);

    public async Task InitializeAsync()
    {
        _state = await StateBus.StartAsync(platform.Broker.AmqpUri);
        var report = new AnnualReportSubmittedBuilder("SD", Programs.NewId("sd")).ForYear(2014).Build();
        await _state.SubmitAsync(report);
        _pending = await Hub.ArrivedAsync(report.SubmissionId);
    }

    public async Task DisposeAsync() => await _state.DisposeAsync();

    [Theory]
    [InlineData("coord.a")]
    [InlineData("admin.a")]
    [InlineData("partner.a")]
    [InlineData("payroll.a")]
    [InlineData("coord.ab")]
    public async Task Program_staff_get_403_on_every_hub_endpoint_and_change_nothing(string username)
    {
        using var client = await platform.GatewayClientAsync(TestUsers.All.Single(u => u.Username == username));
        var outbox = await Hub.OutboxCountAsync();

        foreach (var path in Reads)
        {
            using var response = await client.GetAsync(Path(path));
            await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        }
        using var decision = await client.PostAsJsonAsync($"/api/alliance/submissions/{_pending.Id}/decision", new { decision = "accepted" });
        await decision.AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(SubmissionStatus.Pending, (await Hub.ArrivedAsync(_pending.SubmissionId)).Status);
        Assert.Equal(outbox, await Hub.OutboxCountAsync());
    }

    [Fact]
    public async Task A_referring_organisations_client_gets_403()
    {
        using var client = await platform.GatewayClientAsync(TestUsers.ReferrerA);
        using var response = await client.GetAsync(Path("/api/alliance/national/{year}"));
        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task No_token_is_401_at_the_gateway_and_at_the_hub_itself()
    {
        using var anonymous = platform.AnonymousClient();
        using var direct = new HttpClient { BaseAddress = platform.AllianceHub.Address };
        foreach (var client in new[] { anonymous, direct })
        {
            foreach (var path in Reads)
            {
                using var response = await client.GetAsync(Path(path));
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }
            using var decision = await client.PostAsJsonAsync($"/api/alliance/submissions/{_pending.Id}/decision", new { decision = "accepted" });
            Assert.Equal(HttpStatusCode.Unauthorized, decision.StatusCode);
        }
        Assert.Equal(SubmissionStatus.Pending, (await Hub.ArrivedAsync(_pending.SubmissionId)).Status);
    }

    [Fact]
    public async Task A_platform_admin_reads_every_view_but_cannot_decide()
    {
        using var admin = await platform.GatewayClientAsync(TestUsers.PlatformAdmin);
        foreach (var path in Reads)
        {
            using var response = await admin.GetAsync(Path(path));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        using var decision = await admin.PostAsJsonAsync($"/api/alliance/submissions/{_pending.Id}/decision", new { decision = "accepted" });
        await decision.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(SubmissionStatus.Pending, (await Hub.ArrivedAsync(_pending.SubmissionId)).Status);
    }

    [Fact]
    public async Task An_analyst_reads_every_view()
    {
        using var analyst = await platform.GatewayClientAsync(TestUsers.Analyst);
        foreach (var path in Reads)
        {
            using var response = await analyst.GetAsync(Path(path));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private string Path(string template) => template.Replace("{id}", _pending.Id.ToString()).Replace("{year}", "2014");
}
