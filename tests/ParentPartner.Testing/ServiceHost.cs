using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ParentPartner.Testing;

/// <summary>
/// One service (or the gateway) running in-process on Kestrel with real settings: its own database on
/// the test PostgreSQL, the fixture's RabbitMQ vhost, and the test issuer as authority.
/// </summary>
public sealed class ServiceHost<TEntryPoint>(IReadOnlyDictionary<string, string?> settings, TimeProvider clock) : WebApplicationFactory<TEntryPoint>, IServiceHost
    where TEntryPoint : class
{
    public int Port { get; } = FreePort.Next();

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>Starts the host now (migrations run, the bus connects) rather than on first use.</summary>
    public ServiceHost<TEntryPoint> Start()
    {
        UseKestrel(Port);
        StartServer();
        return this;
    }

    /// <summary>A DI scope with system program access, for looking at the service's database from a test.</summary>
    public AsyncServiceScope CreateScope() => Services.CreateAsyncScope();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services => services.AddSingleton(clock));
        // Tests that check what services log (no personal data) read it through CapturedLogs.
        builder.ConfigureLogging(logging => logging.AddProvider(CapturedLogs.Instance));
    }
}
