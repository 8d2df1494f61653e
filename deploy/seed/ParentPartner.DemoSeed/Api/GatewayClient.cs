using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ParentPartner.DemoSeed.Api;

/// <summary>
/// Calls through the gateway as one signed-in user. Rate-limited (429) and transient failures are
/// retried; creating POSTs carry an Idempotency-Key so a retry never creates twice.
/// </summary>
public sealed class GatewayClient : IDisposable
{
    private const int Attempts = 8;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;

    public GatewayClient(Uri gateway, string accessToken)
    {
        _http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
    }

    public async Task<JsonElement> GetAsync(string path) =>
        await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, path));

    public async Task<JsonElement> PostAsync<TBody>(string path, TBody body, string idempotencyKey) =>
        await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(body, options: Json),
            Headers = { { "Idempotency-Key", idempotencyKey } },
        });

    private async Task<JsonElement> SendAsync(Func<HttpRequestMessage> request)
    {
        for (var attempt = 1; ; attempt++)
        {
            var wait = TimeSpan.FromMilliseconds(250 * attempt);
            using var message = request();
            try
            {
                using var response = await _http.SendAsync(message);
                if (response.IsSuccessStatusCode)
                {
                    return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
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
