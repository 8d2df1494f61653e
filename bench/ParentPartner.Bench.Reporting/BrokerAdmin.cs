using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ParentPartner.Bench.Reporting;

/// <summary>The RabbitMQ management API: a vhost of the benchmark's own, and whether reporting's queues have consumers yet.</summary>
public sealed class BrokerAdmin(Uri management, string user, string password) : IDisposable
{
    private readonly HttpClient _http = new()
    {
        BaseAddress = management,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"))) },
    };

    public async Task CreateVhostAsync(string vhost)
    {
        (await _http.PutAsync($"/api/vhosts/{vhost}", Json("{}"))).EnsureSuccessStatusCode();
        (await _http.PutAsync($"/api/permissions/{vhost}/{user}", Json("""{"configure":".*","write":".*","read":".*"}"""))).EnsureSuccessStatusCode();
    }

    public async Task DeleteVhostAsync(string vhost) => await _http.DeleteAsync($"/api/vhosts/{vhost}");

    /// <summary>Waits until at least <paramref name="count"/> reporting-* queues have a consumer (the service is bound and listening).</summary>
    public async Task WaitForConsumersAsync(string vhost, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            using var document = JsonDocument.Parse(await _http.GetStringAsync($"/api/queues/{vhost}"));
            var listening = document.RootElement.EnumerateArray().Count(q =>
                q.GetProperty("name").GetString()!.StartsWith("reporting-", StringComparison.Ordinal)
                && q.TryGetProperty("consumers", out var consumers) && consumers.GetInt32() > 0);
            if (listening >= count)
            {
                return;
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("reporting's queues have no consumers");
    }

    public void Dispose() => _http.Dispose();

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
