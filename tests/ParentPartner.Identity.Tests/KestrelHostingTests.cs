using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using ParentPartner.Identity;

namespace ParentPartner.Identity.Tests;

/// <summary>
/// The way the shared toolbox hosts the issuer: a real Kestrel listener on a free port, so
/// services under test can reach discovery and JWKS over HTTP. With no Identity:Issuer set,
/// the issuer follows the address callers use. Note: call UseKestrel(port) on the factory you
/// start, not on one made by WithWebHostBuilder — Mvc.Testing 10 ignores the port on derived factories.
/// </summary>
public sealed class KestrelHostingTests
{
    [Fact]
    public async Task Issuer_served_over_kestrel_issues_tokens_valid_against_its_own_discovery()
    {
        var port = FreePort();
        await using var factory = new WebApplicationFactory<SigningKeyProvider>();
        factory.UseKestrel(port);
        factory.StartServer();

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using var discovery = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration"));
        var token = await TokenClient.AccessTokenAsync(await TokenClient.PasswordAsync(http, "platform", "demo-password"));
        var result = await TokenClient.ValidateLikeAServiceAsync(http, token, "parentpartner-api");

        Assert.Equal($"http://127.0.0.1:{port}/", discovery.RootElement.GetProperty("issuer").GetString());
        Assert.Equal($"http://127.0.0.1:{port}/connect/token", discovery.RootElement.GetProperty("token_endpoint").GetString());
        Assert.True(result.IsValid, result.Exception?.ToString());
        Assert.Equal(["platform-admin"], TokenClient.Payload(token).GetProperty("realm_access").GetProperty("roles")
            .EnumerateArray().Select(role => role.GetString()));
    }

    [Fact]
    public async Task A_service_using_jwt_bearer_with_the_issuer_as_authority_accepts_its_tokens()
    {
        var port = FreePort();
        await using var issuer = new WebApplicationFactory<SigningKeyProvider>();
        issuer.UseKestrel(port);
        issuer.StartServer();
        var authority = $"http://127.0.0.1:{port}/";
        using var issuerHttp = new HttpClient { BaseAddress = new Uri(authority) };
        var token = await TokenClient.AccessTokenAsync(await TokenClient.PasswordAsync(issuerHttp, "coord.iowa", "demo-password"));

        // The same settings a service uses: discovery and JWKS come from the authority.
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddAuthentication().AddJwtBearer(options =>
        {
            options.Authority = authority;
            options.Audience = "parentpartner-api";
            options.RequireHttpsMetadata = false;
            options.MapInboundClaims = false;
        });
        builder.Services.AddAuthorization();
        await using var service = builder.Build();
        service.MapGet("/whoami", (ClaimsPrincipal user) => new
        {
            Sub = user.FindFirstValue("sub"),
            RealmAccess = user.FindFirstValue("realm_access"),
            Programs = user.FindAll("program_id").Select(claim => claim.Value).ToArray(),
        }).RequireAuthorization();
        await service.StartAsync();
        using var serviceHttp = service.GetTestClient();

        var anonymous = await serviceHttp.GetAsync("/whoami");
        serviceHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await serviceHttp.GetAsync("/whoami");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("55ba625c-76da-450e-b05a-c41959546e4d", body.RootElement.GetProperty("sub").GetString());
        Assert.Equal("{\"roles\":[\"program-coordinator\"]}", body.RootElement.GetProperty("realmAccess").GetString());
        Assert.Equal(["ia-parent-partner"], body.RootElement.GetProperty("programs").EnumerateArray().Select(program => program.GetString()));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
