using System.Security.Cryptography;
using ParentPartner.AllianceHub.Api.Data;
using ParentPartner.Gateway.Limits;
using ParentPartner.Testing;
using ParentPartner.Testing.Builders.Alliance;

namespace ParentPartner.AllianceHub.Tests.Link;

/// <summary>
/// The federation as deployed: an alliance hub service on its own broker node (a vhost on the hub node)
/// with its own database and a gateway in front, and "state deployments" as vhosts on the state broker,
/// each linked to the hub by the shovels of deploy/federation/link.json and authenticated on the hub
/// broker by a user of its own with the narrow rights link.json grants. A state is either a test bus
/// (<see cref="StartAsync"/>) or real services on its vhost (<see cref="StateDeployment"/>), linked alike.
/// </summary>
internal sealed class LinkedDeployment : IAsyncDisposable
{
    private readonly Platform _platform;
    private readonly List<(FederationLink Link, string HubUser)> _links = [];
    private readonly List<IAsyncDisposable> _stateSides = [];
    private readonly List<RabbitVirtualHost> _stateVhosts = [];

    private LinkedDeployment(Platform platform, string id, RabbitVirtualHost hubVhost, ServiceHost<AllianceHubDbContext> hubService, ServiceHost<RequestLimitsOptions> gateway)
    {
        _platform = platform;
        Id = id;
        HubVhost = hubVhost;
        HubService = hubService;
        Gateway = gateway;
    }

    /// <summary>Short and unique per deployment: in vhost, user and database names.</summary>
    public string Id { get; }

    public RabbitVirtualHost HubVhost { get; }

    public ServiceHost<AllianceHubDbContext> HubService { get; }

    public ServiceHost<RequestLimitsOptions> Gateway { get; }

    public HubProbe Hub => new(HubService);

    public Dictionary<string, LinkedState> States { get; } = new(StringComparer.Ordinal);

    /// <summary>The hub and one test bus per state code, each linked.</summary>
    public static async Task<LinkedDeployment> StartAsync(Platform platform, params string[] stateCodes)
    {
        var deployment = await StartHubAsync(platform);
        try
        {
            foreach (var code in stateCodes)
            {
                var vhost = await deployment.StateVhostAsync(code);
                var bus = await StateBus.StartAsync(vhost.AmqpUri);
                var link = await deployment.LinkAsync(code, vhost, bus);
                deployment.States[code] = new LinkedState(code, vhost, bus, link);
            }
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
        return deployment;
    }

    /// <summary>Only the hub (its vhost on the hub node, its service and database, its gateway); link states with <see cref="LinkAsync"/>.</summary>
    public static async Task<LinkedDeployment> StartHubAsync(Platform platform)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var hubVhost = await RabbitVirtualHost.OnHubBrokerAsync($"pp-hub-{id}");
        var hubService = platform.StartService<AllianceHubDbContext>("alliance-hub", new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = hubVhost.AmqpUri,
            ["Database:Name"] = $"pp_{platform.RunId}_alliance_hub_{id}",
        });
        var gateway = platform.StartGateway(new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:alliance-hub:Destinations:primary:Address"] = hubService.Address.ToString(),
        });
        return new LinkedDeployment(platform, id, hubVhost, hubService, gateway);
    }

    /// <summary>A vhost of the state's own on the state broker, removed with the deployment.</summary>
    public async Task<RabbitVirtualHost> StateVhostAsync(string code)
    {
        var vhost = await RabbitVirtualHost.OnStateBrokerAsync($"pp-state-{code.ToLowerInvariant()}-{Id}");
        _stateVhosts.Add(vhost);
        return vhost;
    }

    /// <summary>
    /// Links a state's vhost to the hub as link.sh does: the state's own user on the hub broker with the rights
    /// link.json grants, both sides declared, both shovels running. Whatever consumes the answers on the state's
    /// vhost must be bound already. <paramref name="stateSide"/> (the state's bus or services) is stopped on
    /// dispose after the link is cut and before the vhost goes.
    /// </summary>
    public async Task<FederationLink> LinkAsync(string code, RabbitVirtualHost stateVhost, IAsyncDisposable stateSide)
    {
        _stateSides.Add(stateSide);
        var user = $"pp-state-{code.ToLowerInvariant()}-{Id}";
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        await HubVhost.Management.PutUserAsync(user, password);
        var link = FederationLink.For(code, stateVhost, HubVhost, (user, password));
        _links.Add((link, user));
        await link.DeclareHubSideAsync();
        await link.GrantStateUserAsync(user);
        await link.LinkAsync();
        return link;
    }

    public Task<HttpClient> AnalystAsync() => _platform.GatewayClientAsync(TestUsers.Analyst, Gateway);

    public async ValueTask DisposeAsync()
    {
        foreach (var (link, _) in _links)
        {
            await link.UnlinkAsync();
        }
        foreach (var side in Enumerable.Reverse(_stateSides))
        {
            await side.DisposeAsync();
        }
        foreach (var (_, user) in _links)
        {
            await HubVhost.Management.DeleteUserAsync(user);
        }
        foreach (var vhost in _stateVhosts)
        {
            await vhost.DisposeAsync();
        }
        await _platform.StopAsync(Gateway);
        await _platform.StopAsync(HubService);
        await HubVhost.DisposeAsync();
    }
}
