using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace ParentPartner.Testing.Builders.Alliance;

/// <summary>
/// A small client for a RabbitMQ node's management HTTP API: what the federation link and its tests need
/// (vhosts, users, permissions, exchanges, queues, bindings, dynamic shovels).
/// </summary>
public sealed class RabbitManagement : IDisposable
{
    private readonly HttpClient _http;

    /// <param name="management">http://host:port of the management plugin; credentials from its user info, else guest:guest.</param>
    public RabbitManagement(Uri management)
    {
        var credentials = Uri.UnescapeDataString(management.UserInfo) is { Length: > 0 } info ? info : "guest:guest";
        _http = new HttpClient { BaseAddress = new UriBuilder(management) { UserName = "", Password = "", Path = "/" }.Uri };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
    }

    public static string Encode(string name) => Uri.EscapeDataString(name);

    public Task PutVhostAsync(string vhost) => SendAsync(HttpMethod.Put, $"vhosts/{Encode(vhost)}", new JsonObject());

    public Task DeleteVhostAsync(string vhost) => SendAsync(HttpMethod.Delete, $"vhosts/{Encode(vhost)}", null, HttpStatusCode.NotFound);

    public Task PutUserAsync(string user, string password) =>
        SendAsync(HttpMethod.Put, $"users/{Encode(user)}", new JsonObject { ["password"] = password, ["tags"] = "" });

    public Task DeleteUserAsync(string user) => SendAsync(HttpMethod.Delete, $"users/{Encode(user)}", null, HttpStatusCode.NotFound);

    public Task PutPermissionsAsync(string vhost, string user, JsonObject permissions) =>
        SendAsync(HttpMethod.Put, $"permissions/{Encode(vhost)}/{Encode(user)}", permissions);

    public Task PutExchangeAsync(string vhost, string name, JsonObject definition) =>
        SendAsync(HttpMethod.Put, $"exchanges/{Encode(vhost)}/{Encode(name)}", definition);

    public Task PutQueueAsync(string vhost, string name, JsonObject definition) =>
        SendAsync(HttpMethod.Put, $"queues/{Encode(vhost)}/{Encode(name)}", definition);

    public Task PostBindingAsync(string vhost, string source, string destinationType, string destination, JsonObject definition) =>
        SendAsync(HttpMethod.Post, $"bindings/{Encode(vhost)}/e/{Encode(source)}/{destinationType}/{Encode(destination)}", definition);

    public Task PutShovelAsync(string vhost, string name, JsonObject value) =>
        SendAsync(HttpMethod.Put, $"parameters/shovel/{Encode(vhost)}/{Encode(name)}", new JsonObject { ["value"] = value });

    public Task DeleteShovelAsync(string vhost, string name) =>
        SendAsync(HttpMethod.Delete, $"parameters/shovel/{Encode(vhost)}/{Encode(name)}", null, HttpStatusCode.NotFound);

    /// <summary>Publishes a text message to an exchange (routing key empty), as an operator could from the management UI.</summary>
    public Task PublishAsync(string vhost, string exchange, string payload) =>
        SendAsync(HttpMethod.Post, $"exchanges/{Encode(vhost)}/{Encode(exchange)}/publish", new JsonObject
        {
            ["properties"] = new JsonObject { ["delivery_mode"] = 2 },
            ["routing_key"] = "",
            ["payload"] = payload,
            ["payload_encoding"] = "string",
        });

    /// <summary>Each dynamic shovel of the vhost: its state (running, starting, terminated) and, when it failed, why.</summary>
    public async Task<IReadOnlyDictionary<string, (string State, string? Reason)>> ShovelsAsync(string vhost)
    {
        var shovels = await _http.GetFromJsonAsync<JsonArray>($"api/shovels/{Encode(vhost)}") ?? [];
        return shovels.OfType<JsonObject>().ToDictionary(
            s => (string)s["name"]!,
            s => ((string?)s["state"] ?? "unknown", s["reason"]?.ToJsonString()));
    }

    /// <summary>How many queues an exchange feeds directly.</summary>
    public async Task<IReadOnlyList<string>> BoundFromAsync(string vhost, string exchange)
    {
        using var response = await _http.GetAsync($"api/exchanges/{Encode(vhost)}/{Encode(exchange)}/bindings/source");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }
        response.EnsureSuccessStatusCode();
        var bindings = await response.Content.ReadFromJsonAsync<JsonArray>() ?? [];
        return [.. bindings.OfType<JsonObject>().Select(b => (string)b["destination"]!)];
    }

    /// <summary>Any management API resource as JSON, e.g. "parameters/shovel/{vhost}" or "bindings/{vhost}".</summary>
    public async Task<JsonNode> GetJsonAsync(string apiPath) =>
        await _http.GetFromJsonAsync<JsonNode>("api/" + apiPath) ?? throw new HttpRequestException($"/api/{apiPath} returned nothing");

    /// <summary>Messages in a queue (ready and unacknowledged); null when the queue does not exist.</summary>
    public async Task<int?> QueueDepthAsync(string vhost, string queue)
    {
        using var response = await _http.GetAsync($"api/queues/{Encode(vhost)}/{Encode(queue)}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        // The management API refreshes counts every few seconds; ready + unacked are the freshest.
        return (int?)body?["messages"] ?? ((int?)body?["messages_ready"] ?? 0) + ((int?)body?["messages_unacknowledged"] ?? 0);
    }

    private async Task SendAsync(HttpMethod method, string path, JsonObject? body, HttpStatusCode? alsoFine = null)
    {
        using var request = new HttpRequestMessage(method, "api/" + path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        using var response = await _http.SendAsync(request);
        if (!response.IsSuccessStatusCode && response.StatusCode != alsoFine)
        {
            throw new HttpRequestException($"{method} /api/{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public void Dispose() => _http.Dispose();
}
