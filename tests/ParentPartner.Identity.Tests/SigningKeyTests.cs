using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ParentPartner.Identity;

namespace ParentPartner.Identity.Tests;

/// <summary>What the shared test toolbox relies on: the real key from DI, and health.</summary>
public sealed class SigningKeyTests(IssuerFactory factory) : IClassFixture<IssuerFactory>
{
    [Fact]
    public async Task Di_key_is_the_one_published_in_the_jwks_and_signing_tokens()
    {
        using var http = factory.CreateClient();
        var keys = factory.Services.GetRequiredService<SigningKeyProvider>();

        var token = await TokenClient.AccessTokenAsync(await TokenClient.PasswordAsync(http, "coord.washington", "demo-password"));
        using var jwks = JsonDocument.Parse(await http.GetStringAsync("/.well-known/jwks"));
        var kids = jwks.RootElement.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()!).ToArray();

        Assert.Equal(SecurityAlgorithms.RsaSha256, keys.Credentials.Algorithm);
        Assert.Equal(new[] { keys.Key.KeyId }, kids);
        Assert.Equal(keys.Key.KeyId, TokenClient.Header(token).GetProperty("kid").GetString());
    }

    [Fact]
    public async Task Tokens_forged_with_the_di_key_validate_unless_deliberately_broken()
    {
        using var http = factory.CreateClient();
        var credentials = factory.Services.GetRequiredService<SigningKeyProvider>().Credentials;
        var handler = new JsonWebTokenHandler();
        string Forge(string issuer, string audience, DateTime expires) => handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("sub", "forged")]),
            SigningCredentials = credentials,
        });
        var future = DateTime.UtcNow.AddMinutes(10);

        var good = await TokenClient.ValidateLikeAServiceAsync(http, Forge(IssuerFactory.Issuer, IssuerFactory.Audience, future), IssuerFactory.Audience);
        var expired = await TokenClient.ValidateLikeAServiceAsync(http, Forge(IssuerFactory.Issuer, IssuerFactory.Audience, DateTime.UtcNow.AddMinutes(-10)), IssuerFactory.Audience);
        var wrongAudience = await TokenClient.ValidateLikeAServiceAsync(http, Forge(IssuerFactory.Issuer, "someone-else", future), IssuerFactory.Audience);
        var wrongIssuer = await TokenClient.ValidateLikeAServiceAsync(http, Forge("http://evil.test/", IssuerFactory.Audience, future), IssuerFactory.Audience);

        Assert.True(good.IsValid, good.Exception?.ToString());
        Assert.IsType<SecurityTokenExpiredException>(expired.Exception);
        Assert.IsType<SecurityTokenInvalidAudienceException>(wrongAudience.Exception);
        Assert.IsType<SecurityTokenInvalidIssuerException>(wrongIssuer.Exception);
    }

    [Fact]
    public async Task Liveness_endpoint_answers_200()
    {
        using var http = factory.CreateClient();

        var response = await http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
