using System.Net.Http.Headers;
using System.Text;

namespace ParentPartner.Testing;

/// <summary>
/// A RabbitMQ virtual host of its own for one fixture, so test projects running side by side never
/// consume each other's messages. Made and removed through the management API.
/// </summary>
public sealed class BrokerVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private BrokerVirtualHost(string name, HttpClient management)
    {
        Name = name;
        _management = management;
    }

    public string Name { get; }

    /// <summary>amqp URI for this vhost, for ConnectionStrings:RabbitMq.</summary>
    public string AmqpUri => new UriBuilder(TestInfrastructure.RabbitMq) { Path = "/" + Uri.EscapeDataString(Name) }.Uri.ToString();

    public static async Task<BrokerVirtualHost> CreateAsync(string name)
    {
        var broker = TestInfrastructure.RabbitMq;
        var credentials = Uri.UnescapeDataString(broker.UserInfo) is { Length: > 0 } info ? info : "guest:guest";
        var management = new HttpClient { BaseAddress = TestInfrastructure.RabbitMqManagement };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        var user = credentials.Split(':')[0];

        (await management.PutAsync($"/api/vhosts/{name}", Json("{}"))).EnsureSuccessStatusCode();
        (await management.PutAsync($"/api/permissions/{name}/{user}", Json("""{"configure":".*","write":".*","read":".*"}"""))).EnsureSuccessStatusCode();
        return new BrokerVirtualHost(name, management);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _management.DeleteAsync($"/api/vhosts/{Name}");
        }
        catch (HttpRequestException)
        {
            // The broker may already be gone at the end of the run; the test broker's data dir is thrown away anyway.
        }
        _management.Dispose();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
