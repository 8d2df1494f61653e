using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ParentPartner.DemoSeed.Api;

/// <summary>
/// Calls through the gateway as one signed-in user, paced under the per-caller rate limit. Rate-limited
/// (429) and transient failures are retried; creating POSTs carry an Idempotency-Key so a retry never
/// creates twice. Other failures throw, except the statuses a caller says it expects (then null).
/// </summary>
public sealed class GatewayClient : IDisposable
{
    private const int Attempts = 8;

    private readonly HttpClient _http;
    private readonly RequestPacer _pacer;

    public GatewayClient(Uri gateway, string accessToken, RequestPacer pacer)
    {
        _http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        _pacer = pacer;
    }

    public async Task<T> GetAsync<T>(string path) =>
        (await SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Get, path), []))!;

    /// <summary>Null when the resource does not exist (404).</summary>
    public Task<T?> FindAsync<T>(string path) =>
        SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Get, path), [HttpStatusCode.NotFound]);

    /// <summary>Every item of a keyset-paged list, page after page.</summary>
    public async Task<List<T>> ListAsync<T>(string path, string pageSizeParameter)
    {
        var items = new List<T>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        string? cursor = null;
        do
        {
            var url = $"{path}{separator}{pageSizeParameter}=200" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await GetAsync<Page<T>>(url);
            items.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return items;
    }

    /// <summary>
    /// A creating POST. Its Idempotency-Key is the scope plus a hash of what is sent: a retry of the same
    /// request replays the first answer, and a request that differs (dates move with the calendar) is a new
    /// one rather than a clash with a key the service keeps from an earlier run.
    /// </summary>
    public Task<T?> PostAsync<T>(string path, object body, string scope, params HttpStatusCode[] expectedFailures)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), SeedJson.Options);
        var hash = Convert.ToHexStringLower(SHA256.HashData([.. Encoding.UTF8.GetBytes(path + "\n"), .. json]))[..16];
        return SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(json) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            Headers = { { "Idempotency-Key", $"demo-seed-{scope}-{hash}" } },
        }, expectedFailures);
    }

    public Task<T?> PutAsync<T>(string path, object body) =>
        SendAsync<T>(() => new HttpRequestMessage(HttpMethod.Put, path)
        {
            Content = JsonContent.Create(body, body.GetType(), options: SeedJson.Options),
        }, []);

    private async Task<T?> SendAsync<T>(Func<HttpRequestMessage> request, HttpStatusCode[] expectedFailures)
    {
        for (var attempt = 1; ; attempt++)
        {
            var wait = TimeSpan.FromMilliseconds(250 * attempt);
            await _pacer.WaitAsync();
            using var message = request();
            try
            {
                using var response = await _http.SendAsync(message);
                if (response.IsSuccessStatusCode)
                {
                    return await response.Content.ReadFromJsonAsync<T>(SeedJson.Options);
                }
                if (expectedFailures.Contains(response.StatusCode))
                {
                    return default;
                }
                if (!IsTransient(response.StatusCode) || attempt == Attempts)
                {
                    throw new InvalidOperationException(
                        $"{message.Method} {message.RequestUri}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
                wait = response.Headers.RetryAfter?.Delta ?? wait;
            }
            catch (HttpRequestException) when (attempt < Attempts)
            {
                // The gateway or a service restarting: try again.
            }
            await Task.Delay(wait);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    public void Dispose() => _http.Dispose();
}
