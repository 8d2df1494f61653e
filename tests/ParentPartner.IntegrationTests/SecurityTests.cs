using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders;

namespace ParentPartner.IntegrationTests;

/// <summary>Only valid tokens from the configured issuer, for this API, unexpired and untouched, get in; roles decide the rest.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SecurityTests(Platform platform)
{
    private readonly TokenForge _forge = new(platform.Issuer);

    public static TheoryData<string> BadTokens => new() { "wrong-issuer", "wrong-audience", "expired", "tampered", "alg-none", "garbage" };

    [Fact]
    public async Task No_token_is_401_at_the_gateway()
    {
        using var anonymous = platform.AnonymousClient();
        using var response = await anonymous.PostAsJsonAsync("/api/referrals", new ReferralRequestBuilder(TestUsers.ProgramA).Build());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_401_at_the_gateway(string kind)
    {
        using var client = await ClientWithTokenAsync(platform.Gateway.Address, kind);
        using var response = await client.GetAsync($"/api/reports/programs/{TestUsers.ProgramA}/summary");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_401_at_the_service_itself_never_trusting_the_network(string kind)
    {
        using var client = await ClientWithTokenAsync(platform.Referral.Address, kind);
        using var response = await client.PostAsJsonAsync("/api/referrals", new ReferralRequestBuilder(TestUsers.ProgramA).Build());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_service_itself_refuses_a_request_with_no_token()
    {
        using var client = new HttpClient { BaseAddress = platform.Reporting.Address };
        using var response = await client.GetAsync($"/api/reports/programs/{TestUsers.ProgramA}/summary");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_well_signed_token_from_the_issuer_is_accepted()
    {
        using var client = new HttpClient { BaseAddress = platform.Gateway.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _forge.Signed(TestUsers.CoordinatorA));
        using var response = await client.GetAsync($"/api/reports/programs/{TestUsers.ProgramA}/summary");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("partner.a")]
    [InlineData("payroll.a")]
    [InlineData("analyst")]
    public async Task A_role_without_intake_rights_gets_403(string username)
    {
        var user = TestUsers.All.Single(u => u.Username == username);
        using var client = await platform.GatewayClientAsync(user);
        using var response = await client.PostAsJsonAsync("/api/referrals", new ReferralRequestBuilder(TestUsers.ProgramA).Build());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_support_parent_cannot_read_program_figures()
    {
        using var client = await platform.GatewayClientAsync(TestUsers.SupportParentA);
        using var response = await client.GetAsync($"/api/reports/programs/{TestUsers.ProgramA}/summary");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<HttpClient> ClientWithTokenAsync(Uri address, string kind)
    {
        var token = kind switch
        {
            "wrong-issuer" => _forge.Signed(TestUsers.CoordinatorA, issuerOverride: "http://evil.example/realms/parentpartner"),
            "wrong-audience" => _forge.Signed(TestUsers.CoordinatorA, audience: "some-other-api"),
            "expired" => _forge.Signed(TestUsers.CoordinatorA, expires: DateTime.UtcNow.AddMinutes(-5)),
            "tampered" => _forge.Tampered(await platform.TokenAsync(TestUsers.CoordinatorA)),
            "alg-none" => _forge.Unsigned(TestUsers.CoordinatorA),
            _ => "not-a-jwt",
        };
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
