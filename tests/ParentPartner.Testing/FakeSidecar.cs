using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace ParentPartner.Testing;

/// <summary>
/// Stands in for a Dapr sidecar's HTTP API: records every output-binding call (POST) and answers 200; answers
/// secret reads (GET /v1.0/secrets/{store}/{name}) from <see cref="Secrets"/>, 404 for one it does not hold, and
/// 500 while <see cref="Starting"/> (a sidecar that is not ready yet).
/// </summary>
public sealed class FakeSidecar : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public ConcurrentQueue<(string Path, JsonElement Body)> Calls { get; } = new();

    /// <summary>"{store}/{name}" → the secret's keys and values.</summary>
    public ConcurrentDictionary<string, Dictionary<string, string>> Secrets { get; } = new(StringComparer.Ordinal);

    /// <summary>Every secret read seen, with the dapr-api-token header it carried.</summary>
    public ConcurrentQueue<(string Path, string? Token)> SecretReads { get; } = new();

    public bool Starting { get; set; }

    public string Url { get; }

    private FakeSidecar()
    {
        Url = $"http://127.0.0.1:{FreePort.Next()}";
        _listener.Prefixes.Add(Url + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public static FakeSidecar Start() => new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var path = context.Request.Url!.AbsolutePath;
            if (context.Request.HttpMethod == "GET" && path.StartsWith("/v1.0/secrets/", StringComparison.Ordinal))
            {
                await AnswerSecretAsync(context, path);
                continue;
            }
            using (var reader = new StreamReader(context.Request.InputStream))
            {
                Calls.Enqueue((path, JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.Clone()));
            }
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    private async Task AnswerSecretAsync(HttpListenerContext context, string path)
    {
        SecretReads.Enqueue((path, context.Request.Headers["dapr-api-token"]));
        var name = Uri.UnescapeDataString(path["/v1.0/secrets/".Length..]);
        if (Starting || !Secrets.TryGetValue(name, out var values))
        {
            context.Response.StatusCode = Starting ? 500 : 404;
            context.Response.Close();
            return;
        }
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(values));
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
