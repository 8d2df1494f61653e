using System.Text.Json;

namespace ParentPartner.Identity.Tests;

public sealed class PasswordGrantTests(IssuerFactory factory) : IClassFixture<IssuerFactory>
{
    [Fact]
    public async Task Demo_coordinator_gets_a_keycloak_shaped_access_token()
    {
        using var http = factory.CreateClient();

        var token = await TokenClient.AccessTokenAsync(await TokenClient.PasswordAsync(http, "coord.iowa", "demo-password"));
        var payload = TokenClient.Payload(token);

        Assert.Equal(IssuerFactory.Issuer, payload.GetProperty("iss").GetString());
        Assert.Equal(IssuerFactory.Audience, payload.GetProperty("aud").GetString());
        Assert.Equal("parentpartner-cli", payload.GetProperty("azp").GetString());
        Assert.Equal("coord.iowa", payload.GetProperty("preferred_username").GetString());
        Assert.Equal("55ba625c-76da-450e-b05a-c41959546e4d", payload.GetProperty("sub").GetString());

        var realmAccess = payload.GetProperty("realm_access");
        Assert.Equal(JsonValueKind.Object, realmAccess.ValueKind);
        Assert.Equal(["program-coordinator"], Strings(realmAccess.GetProperty("roles")));

        // One program is still an array: same as Keycloak's multivalued program_id mapper.
        Assert.Equal(["ia-parent-partner"], Strings(payload.GetProperty("program_id")));

        Assert.Equal("profile", payload.GetProperty("scope").GetString());
        Assert.False(string.IsNullOrEmpty(payload.GetProperty("jti").GetString()));
        Assert.Equal(IssuerFactory.LifetimeMinutes * 60,
            payload.GetProperty("exp").GetInt64() - payload.GetProperty("iat").GetInt64());
    }

    [Fact]
    public async Task Token_carries_nothing_personal_beyond_the_documented_claims()
    {
        using var http = factory.CreateClient();

        var token = await TokenClient.AccessTokenAsync(await TokenClient.PasswordAsync(http, "partner.washington", "demo-password"));
        var claimNames = TokenClient.Payload(token).EnumerateObject().Select(property => property.Name).ToHashSet();

        string[] allowed = ["iss", "sub", "aud", "azp", "preferred_username", "realm_access", "program_id",
            "scope", "exp", "iat", "jti", "client_id"];
        Assert.Empty(claimNames.Except(allowed));
        Assert.Equal("RS256", TokenClient.Header(token).GetProperty("alg").GetString());
    }

    [Fact]
    public async Task Injected_user_with_several_programs_and_roles_gets_arrays()
    {
        using var http = factory.CreateClient();

        var token = await TokenClient.AccessTokenAsync(
            await TokenClient.PasswordAsync(http, IssuerFactory.MultiProgramUser, "multi-password"));
        var payload = TokenClient.Payload(token);

        Assert.Equal(IssuerFactory.MultiProgramSubject, payload.GetProperty("sub").GetString());
        Assert.Equal(["program-coordinator", "program-admin"], Strings(payload.GetProperty("realm_access").GetProperty("roles")));
        Assert.Equal(["ia-parent-partner", "wa-p2p"], Strings(payload.GetProperty("program_id")));
    }

    [Fact]
    public async Task User_without_a_program_has_no_program_id_claim()
    {
        using var http = factory.CreateClient();

        var token = await TokenClient.AccessTokenAsync(await TokenClient.PasswordAsync(http, "analyst", "demo-password"));
        var payload = TokenClient.Payload(token);

        Assert.False(payload.TryGetProperty("program_id", out _));
        Assert.Equal(["alliance-analyst"], Strings(payload.GetProperty("realm_access").GetProperty("roles")));
    }

    [Fact]
    public async Task A_later_user_entry_replaces_a_demo_user_with_the_same_name()
    {
        using var http = factory.CreateClient();

        var old = await TokenClient.ErrorAsync(await TokenClient.PasswordAsync(http, "payroll.iowa", "demo-password"));
        var token = await TokenClient.AccessTokenAsync(await TokenClient.PasswordAsync(http, "payroll.iowa", "replaced-password"));

        Assert.Equal((400, "invalid_grant"), old);
        Assert.Equal("00000000-0000-4000-8000-000000000101", TokenClient.Payload(token).GetProperty("sub").GetString());
    }

    [Fact]
    public async Task Signature_validates_with_the_published_jwks()
    {
        using var http = factory.CreateClient();
        var token = await TokenClient.AccessTokenAsync(await TokenClient.PasswordAsync(http, "admin.washington", "demo-password"));

        var result = await TokenClient.ValidateLikeAServiceAsync(http, token, IssuerFactory.Audience);

        Assert.True(result.IsValid, result.Exception?.ToString());
        Assert.Equal("admin.washington", result.Claims["preferred_username"]);
    }

    private static string[] Strings(JsonElement array)
    {
        Assert.Equal(JsonValueKind.Array, array.ValueKind);
        return array.EnumerateArray().Select(item => item.GetString()!).ToArray();
    }
}
