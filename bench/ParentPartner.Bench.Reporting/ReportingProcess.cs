using System.Diagnostics;
using System.Net.Sockets;

namespace ParentPartner.Bench.Reporting;

/// <summary>The reporting service as its own process, configured through environment variables like any deployment.</summary>
public sealed class ReportingProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ReportingProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>CPU time the service has used so far (user and kernel), to express cost per event independently of the machine's load.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static ReportingProcess Start(string serviceDll, string postgres, string database, string amqpUri)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(serviceDll);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Postgres"] = postgres;
        start.Environment["Database__Name"] = database;
        start.Environment["ConnectionStrings__RabbitMq"] = amqpUri;
        // No request is made, so no token is ever validated; the authority only has to be configured.
        start.Environment["Auth__Authority"] = "http://127.0.0.1:9/";
        start.Environment["Auth__RequireHttpsMetadata"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the reporting service");
        // Console logging goes to stdout; only warnings and failures are logged at this level.
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line && (line.StartsWith("warn:") || line.StartsWith("fail:"))) Console.Error.WriteLine($"[reporting] {line}"); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) Console.Error.WriteLine($"[reporting] {e.Data}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ReportingProcess(process, new Uri($"http://127.0.0.1:{port}/"));
    }

    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the reporting service exited with code {_process.ExitCode}");
            }
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("the reporting service did not become ready");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
