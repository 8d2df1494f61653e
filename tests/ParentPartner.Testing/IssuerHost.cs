using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Identity;

namespace ParentPartner.Testing;

/// <summary>The dev OIDC issuer on a real port, knowing the <see cref="TestUsers"/>; services fetch its discovery and JWKS.</summary>
public sealed class IssuerHost : WebApplicationFactory<SigningKeyProvider>
{
    public IssuerHost()
    {
        Port = FreePort.Next();
        UseKestrel(Port);
    }

    public int Port { get; }

    public string Issuer => $"http://127.0.0.1:{Port}/";

    public SigningKeyProvider SigningKey => Services.GetRequiredService<SigningKeyProvider>();

    /// <summary>A real access token for a test user (password grant through the public CLI client).</summary>
    public async Task<string> TokenAsync(TestUser user)
    {
        using var client = CreateClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "parentpartner-cli",
            ["username"] = user.Username,
            ["password"] = TestUser.Password,
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Identity:Issuer", Issuer);
        builder.UseSetting("Identity:Audience", "parentpartner-api");
        for (var i = 0; i < TestUsers.All.Count; i++)
        {
            var user = TestUsers.All[i];
            var prefix = $"Identity:Users:{1000 + i}:";
            builder.UseSetting(prefix + "Username", user.Username);
            builder.UseSetting(prefix + "Password", TestUser.Password);
            builder.UseSetting(prefix + "Subject", user.Subject);
            for (var r = 0; r < user.Roles.Length; r++)
            {
                builder.UseSetting(prefix + "Roles:" + r.ToString(CultureInfo.InvariantCulture), user.Roles[r]);
            }
            for (var p = 0; p < user.Programs.Length; p++)
            {
                builder.UseSetting(prefix + "Programs:" + p.ToString(CultureInfo.InvariantCulture), user.Programs[p]);
            }
        }
        for (var i = 0; i < TestUsers.Clients.Count; i++)
        {
            var client = TestUsers.Clients[i];
            var prefix = $"Identity:Clients:{1000 + i}:";
            builder.UseSetting(prefix + "ClientId", client.ClientId);
            builder.UseSetting(prefix + "ClientSecret", client.Secret);
            for (var r = 0; r < client.Roles.Length; r++)
            {
                builder.UseSetting(prefix + "Roles:" + r.ToString(CultureInfo.InvariantCulture), client.Roles[r]);
            }
            for (var p = 0; p < client.Programs.Length; p++)
            {
                builder.UseSetting(prefix + "Programs:" + p.ToString(CultureInfo.InvariantCulture), client.Programs[p]);
            }
        }
    }
}
