using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ParentPartner.AllianceHub.Api.Data;
using ParentPartner.Gateway.Limits;
using ParentPartner.Gateway.Topology;
using ParentPartner.Matching.Api.Data;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Training.Api.Data;
using Xunit;

namespace ParentPartner.Testing;

/// <summary>
/// The whole platform in one test process: the issuer, all seven services and the gateway, each on
/// its own Kestrel port, on the real PostgreSQL (a database per service for this fixture) and the real
/// RabbitMQ (a vhost for this fixture). Tests talk to it through the gateway with real tokens.
/// </summary>
public sealed class Platform : IAsyncLifetime
{
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly List<IAsyncDisposable> _extraHosts = [];
    private readonly Dictionary<string, IServiceHost> _services = new(StringComparer.Ordinal);

    public string RunId { get; } = Guid.NewGuid().ToString("N")[..8];

    public IssuerHost Issuer { get; } = new();

    /// <summary>The domain clock every service of this fixture uses; tests move it forward.</summary>
    public TestClock Clock { get; } = new();

    public BrokerVirtualHost Broker { get; private set; } = null!;

    /// <summary>deploy/topology.json: which services the platform has.</summary>
    public PlatformTopology Topology { get; } = PlatformTopology.Load();

    /// <summary>The first instance of each service in the topology, by service name.</summary>
    public IReadOnlyDictionary<string, IServiceHost> Services => _services;

    public ServiceHost<ReferralDbContext> Referral => Host<ReferralDbContext>("referral");

    public ServiceHost<ReportingDbContext> Reporting => Host<ReportingDbContext>("reporting");

    public ServiceHost<TrainingDbContext> Training => Host<TrainingDbContext>("training");

    public ServiceHost<MatchingDbContext> Matching => Host<MatchingDbContext>("matching");

    public ServiceHost<SchedulingDbContext> Scheduling => Host<SchedulingDbContext>("scheduling");

    public ServiceHost<PayrollStipendDbContext> PayrollStipend => Host<PayrollStipendDbContext>("payroll-stipend");

    public ServiceHost<AllianceHubDbContext> AllianceHub => Host<AllianceHubDbContext>("alliance-hub");

    public ServiceHost<RequestLimitsOptions> Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer.StartServer();
        Broker = await BrokerVirtualHost.CreateAsync($"pp-test-{RunId}");

        // One at a time: WebApplicationFactory intercepts host construction process-wide.
        foreach (var service in Topology.Services)
        {
            _services[service.Name] = StartService(service.Name);
        }
        Gateway = StartGateway();
    }

    /// <summary>The first instance of a service, typed by its entry point (the service's DbContext).</summary>
    public ServiceHost<TEntryPoint> Host<TEntryPoint>(string service) where TEntryPoint : class =>
        (ServiceHost<TEntryPoint>)_services[service];

    /// <summary>Settings every instance of a service gets; override some to start a variant.</summary>
    public Dictionary<string, string?> SettingsFor(string service) =>
        ServiceSettings.For($"pp_{RunId}_{service.Replace('-', '_')}", Broker.AmqpUri, Issuer.Issuer);

    /// <summary>Starts an instance of a service (another replica, or a variant with other settings); disposed with the fixture.</summary>
    public ServiceHost<TEntryPoint> StartService<TEntryPoint>(string service, IReadOnlyDictionary<string, string?>? overrides = null)
        where TEntryPoint : class
    {
        var settings = SettingsFor(service);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var host = new ServiceHost<TEntryPoint>(settings, Clock).Start();
        _extraHosts.Add(host);
        return host;
    }

    /// <summary>Starts an instance of a service named in the topology, its entry point found in its assembly.</summary>
    public IServiceHost StartService(string service, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var entryPoint = ServiceHosts.EntryPointOf(Topology.Service(service));
        var start = typeof(Platform).GetMethods().Single(m => m.Name == nameof(StartService) && m.IsGenericMethodDefinition).MakeGenericMethod(entryPoint);
        return (IServiceHost)start.Invoke(this, [service, overrides])!;
    }

    /// <summary>Stops an instance started by <see cref="StartService{TEntryPoint}"/> now: its process would be gone.</summary>
    public async Task StopAsync(IAsyncDisposable host)
    {
        _extraHosts.Remove(host);
        await host.DisposeAsync();
    }

    /// <summary>A gateway in front of this fixture's services (the shared one, or a variant with other limits).</summary>
    public ServiceHost<RequestLimitsOptions> StartGateway(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:Authority"] = Issuer.Issuer,
            ["Auth:RequireHttpsMetadata"] = "false",
            ["Gateway:RateLimiting:TokenLimit"] = "100000",
            ["Gateway:RateLimiting:TokensPerPeriod"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
            [$"Logging:{CapturedLogs.Alias}:LogLevel:Default"] = "Information",
        };
        foreach (var (name, host) in _services)
        {
            settings[$"ReverseProxy:Clusters:{name}:Destinations:primary:Address"] = host.Address.ToString();
        }
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var gateway = new ServiceHost<RequestLimitsOptions>(settings, Clock).Start();
        _extraHosts.Add(gateway);
        return gateway;
    }

    /// <summary>A real access token from the test issuer, fetched once per user and fixture.</summary>
    public async Task<string> TokenAsync(TestUser user)
    {
        lock (_tokens)
        {
            if (_tokens.TryGetValue(user.Username, out var cached))
            {
                return cached;
            }
        }
        var token = await Issuer.TokenAsync(user);
        lock (_tokens)
        {
            _tokens[user.Username] = token;
        }
        return token;
    }

    /// <summary>A real client-credentials token for a service client (a referring organisation, a federation link).</summary>
    public async Task<string> TokenAsync(TestClient serviceClient)
    {
        using var client = Issuer.CreateClient();
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = serviceClient.ClientId,
            ["client_secret"] = serviceClient.Secret,
        }));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    /// <summary>An HTTP client to the gateway with no token (the public forms, health, docs).</summary>
    public HttpClient AnonymousClient(ServiceHost<RequestLimitsOptions>? gateway = null) => new() { BaseAddress = (gateway ?? Gateway).Address };

    /// <summary>An HTTP client to the gateway, authenticated as a service client.</summary>
    public async Task<HttpClient> GatewayClientAsync(TestClient serviceClient)
    {
        var client = new HttpClient { BaseAddress = Gateway.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(serviceClient));
        return client;
    }

    /// <summary>An HTTP client to the gateway, signed in as <paramref name="user"/> (anonymous when null).</summary>
    public async Task<HttpClient> GatewayClientAsync(TestUser? user, ServiceHost<RequestLimitsOptions>? gateway = null)
    {
        var client = new HttpClient { BaseAddress = (gateway ?? Gateway).Address };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        }
        return client;
    }

    public async Task DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_extraHosts))
        {
            await host.DisposeAsync();
        }
        await Issuer.DisposeAsync();
        await Broker.DisposeAsync();
    }
}
