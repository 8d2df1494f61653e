using System.Text.Json;

namespace ParentPartner.Identity.Tests;

public sealed class ClientCredentialsTests(IssuerFactory factory) : IClassFixture<IssuerFactory>
{
    [Fact]
    public async Task Federation_link_gets_a_service_account_token_with_its_role_and_program()
    {
        using var http = factory.CreateClient();

        var token = await TokenClient.AccessTokenAsync(
            await TokenClient.ClientCredentialsAsync(http, "federation-link-iowa", "demo-secret"));
        var payload = TokenClient.Payload(token);

        Assert.Equal("federation-link-iowa", payload.GetProperty("azp").GetString());
        Assert.Equal("service-account-federation-link-iowa", payload.GetProperty("preferred_username").GetString());
        Assert.Equal("5c9a499f-631c-42e4-b7b5-2b48133da2ae", payload.GetProperty("sub").GetString());
        Assert.Equal(IssuerFactory.Audience, payload.GetProperty("aud").GetString());
        Assert.Equal(["federation-link"], Strings(payload.GetProperty("realm_access").GetProperty("roles")));
        Assert.Equal(["ia-parent-partner"], Strings(payload.GetProperty("program_id")));

        var result = await TokenClient.ValidateLikeAServiceAsync(http, token, IssuerFactory.Audience);
        Assert.True(result.IsValid, result.Exception?.ToString());
    }

    [Fact]
    public async Task Injected_client_authenticating_with_basic_auth_carries_its_roles()
    {
        using var http = factory.CreateClient();
        TokenClient.UseBasicAuthentication(http, IssuerFactory.TestClient, IssuerFactory.TestClientSecret);

        var token = await TokenClient.AccessTokenAsync(
            await TokenClient.PostAsync(http, new() { ["grant_type"] = "client_credentials" }));
        var payload = TokenClient.Payload(token);

        Assert.Equal(["federation-link", "alliance-analyst"], Strings(payload.GetProperty("realm_access").GetProperty("roles")));
        Assert.False(payload.TryGetProperty("program_id", out _));
        // No configured subject: a stable one is derived from the client id.
        Assert.True(Guid.TryParse(payload.GetProperty("sub").GetString(), out _));
    }

    private static string[] Strings(JsonElement array)
    {
        Assert.Equal(JsonValueKind.Array, array.ValueKind);
        return array.EnumerateArray().Select(item => item.GetString()!).ToArray();
    }
}
