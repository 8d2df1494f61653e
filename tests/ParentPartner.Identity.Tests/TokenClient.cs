using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ParentPartner.Identity.Tests;

/// <summary>Small helpers to talk OAuth to the issuer and to validate what it returns.</summary>
internal static class TokenClient
{
    public static Task<HttpResponseMessage> PasswordAsync(HttpClient http, string username, string password, string clientId = "parentpartner-cli") =>
        PostAsync(http, new()
        {
            ["grant_type"] = "password",
            ["client_id"] = clientId,
            ["username"] = username,
            ["password"] = password,
        });

    public static Task<HttpResponseMessage> ClientCredentialsAsync(HttpClient http, string clientId, string secret) =>
        PostAsync(http, new()
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        });

    public static Task<HttpResponseMessage> PostAsync(HttpClient http, Dictionary<string, string> form) =>
        http.PostAsync("/connect/token", new FormUrlEncodedContent(form));

    public static async Task<string> AccessTokenAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public static async Task<(int Status, string Error)> ErrorAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        return ((int)response.StatusCode, json.RootElement.GetProperty("error").GetString()!);
    }

    /// <summary>The payload exactly as sent, so JSON shapes (object vs array vs string) are visible.</summary>
    public static JsonElement Payload(string jwt)
    {
        var segment = jwt.Split('.')[1];
        using var json = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(segment));
        return json.RootElement.Clone();
    }

    public static JsonElement Header(string jwt)
    {
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(jwt.Split('.')[0])));
        return json.RootElement.Clone();
    }

    /// <summary>What a service does: read discovery, fetch the JWKS it names, validate.</summary>
    public static async Task<TokenValidationResult> ValidateLikeAServiceAsync(HttpClient http, string token, string audience)
    {
        using var discovery = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration"));
        var issuer = discovery.RootElement.GetProperty("issuer").GetString();
        var jwksUri = discovery.RootElement.GetProperty("jwks_uri").GetString()!;
        var jwks = new JsonWebKeySet(await http.GetStringAsync(jwksUri));

        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = audience,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateLifetime = true,
        });
    }

    public static void UseBasicAuthentication(HttpClient http, string clientId, string secret) =>
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(secret)}")));
}
