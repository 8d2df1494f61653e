using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using ParentPartner.Testing;

namespace ParentPartner.Scheduling.Tests;

/// <summary>Stands in for a Dapr sidecar's HTTP API: records every output-binding call and answers 200.</summary>
public sealed class FakeSidecar : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public ConcurrentQueue<(string Path, JsonElement Body)> Calls { get; } = new();

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
            using (var reader = new StreamReader(context.Request.InputStream))
            {
                Calls.Enqueue((context.Request.Url!.AbsolutePath, JsonDocument.Parse(await reader.ReadToEndAsync()).RootElement.Clone()));
            }
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
