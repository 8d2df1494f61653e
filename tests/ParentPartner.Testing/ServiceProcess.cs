using System.Diagnostics;
using System.Net;
using ParentPartner.Gateway.Topology;

namespace ParentPartner.Testing;

/// <summary>
/// A service run as its own operating-system process (its built assembly under `dotnet`), so a test can SIGKILL
/// it mid-stream as a crash would, and start it again with the same settings. In-process hosts cannot be killed.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly TopologyService _service;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private Process? _process;

    public ServiceProcess(TopologyService service, IReadOnlyDictionary<string, string?> settings)
    {
        _service = service;
        _settings = settings;
        Address = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
    }

    public Uri Address { get; }

    /// <summary>Starts the process and waits until it reports itself ready.</summary>
    public async Task StartAsync()
    {
        var output = Path.Combine(RepositoryRoot(), _service.Project, "bin", BuildConfiguration(), "net10.0");
        var start = new ProcessStartInfo("dotnet", Path.Combine(output, _service.Assembly + ".dll"))
        {
            WorkingDirectory = output,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in _settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }
        start.Environment["ASPNETCORE_URLS"] = Address.ToString();
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        _process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {_service.Name}");
        // Drain its console so it never blocks on a full pipe.
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.UntilAsync(async () =>
        {
            try
            {
                return (await client.GetAsync("/health/ready")).StatusCode;
            }
            catch (HttpRequestException)
            {
                return HttpStatusCode.ServiceUnavailable;
            }
        }, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(90), $"{_service.Name} (a process) to be ready");
    }

    /// <summary>SIGKILL: no shutdown hooks, no drain, in-flight work lost as in a crash.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    public ValueTask DisposeAsync() => new(KillAsync());

    private static string BuildConfiguration() =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ParentPartner.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("no ParentPartner.sln above the test output");
    }
}
