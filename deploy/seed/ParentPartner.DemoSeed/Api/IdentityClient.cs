using System.Net.Http.Json;
using System.Text.Json;

namespace ParentPartner.DemoSeed.Api;

/// <summary>Access tokens from the dev issuer: password grant through the public CLI client, as a person would sign in.</summary>
public sealed class IdentityClient(Uri identity) : IDisposable
{
    public const string DemoPassword = "demo-password";

    private readonly HttpClient _http = new() { BaseAddress = identity, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<string> TokenAsync(string username)
    {
        using var response = await _http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "parentpartner-cli",
            ["username"] = username,
            ["password"] = DemoPassword,
        }));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"no token for {username}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("access_token").GetString()
            ?? throw new InvalidOperationException($"no access_token for {username}");
    }

    public void Dispose() => _http.Dispose();
}
