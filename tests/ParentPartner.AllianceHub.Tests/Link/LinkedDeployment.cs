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
/// broker by a user of its own with the narrow rights link.json grants.
/// </summary>
internal sealed class LinkedDeployment : IAsyncDisposable
{
    private readonly Platform _platform;

    private LinkedDeployment(Platform platform, RabbitVirtualHost hubVhost, ServiceHost<AllianceHubDbContext> hubService, ServiceHost<RequestLimitsOptions> gateway)
    {
        _platform = platform;
        HubVhost = hubVhost;
        HubService = hubService;
        Gateway = gateway;
    }

    public RabbitVirtualHost HubVhost { get; }

    public ServiceHost<AllianceHubDbContext> HubService { get; }

    public ServiceHost<RequestLimitsOptions> Gateway { get; }

    public HubProbe Hub => new(HubService);

    public Dictionary<string, LinkedState> States { get; } = new(StringComparer.Ordinal);

    public static async Task<LinkedDeployment> StartAsync(Platform platform, params string[] stateCodes)
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
            ["ReverseProxy:Clusters:alliance:Destinations:primary:Address"] = hubService.Address.ToString(),
        });
        var deployment = new LinkedDeployment(platform, hubVhost, hubService, gateway);
        try
        {
            foreach (var code in stateCodes)
            {
                var vhost = await RabbitVirtualHost.OnStateBrokerAsync($"pp-state-{code.ToLowerInvariant()}-{id}");
                var bus = await StateBus.StartAsync(vhost.AmqpUri);
                var user = $"pp-state-{code.ToLowerInvariant()}-{id}";
                var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
                await hubVhost.Management.PutUserAsync(user, password);
                var link = FederationLink.For(code, vhost, hubVhost, (user, password));
                await link.DeclareHubSideAsync();
                await link.GrantStateUserAsync(user);
                await link.LinkAsync();
                deployment.States[code] = new LinkedState(code, vhost, bus, user, link);
            }
        }
        catch
        {
            await deployment.DisposeAsync();
            throw;
        }
        return deployment;
    }

    public Task<HttpClient> AnalystAsync() => _platform.GatewayClientAsync(TestUsers.Analyst, Gateway);

    public async ValueTask DisposeAsync()
    {
        foreach (var state in States.Values)
        {
            await state.Link.UnlinkAsync();
            await state.Bus.DisposeAsync();
            await HubVhost.Management.DeleteUserAsync(state.HubUser);
            await state.Vhost.DisposeAsync();
        }
        await _platform.StopAsync(Gateway);
        await _platform.StopAsync(HubService);
        await HubVhost.DisposeAsync();
    }
}
