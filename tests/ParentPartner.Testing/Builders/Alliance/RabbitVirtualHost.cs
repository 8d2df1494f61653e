namespace ParentPartner.Testing.Builders.Alliance;

/// <summary>
/// A vhost of its own on any RabbitMQ node (a "state" broker or the hub's), made and removed through the
/// management API, with full rights for the node's admin user.
/// </summary>
public sealed class RabbitVirtualHost : IAsyncDisposable
{
    private RabbitVirtualHost(string name, Uri amqp, Uri managementUri)
    {
        Name = name;
        Amqp = amqp;
        ManagementUri = managementUri;
        Management = new RabbitManagement(managementUri);
    }

    public string Name { get; }

    /// <summary>amqp://user:pass@host:port (no vhost) of the node.</summary>
    public Uri Amqp { get; }

    public Uri ManagementUri { get; }

    public RabbitManagement Management { get; }

    /// <summary>amqp URI for this vhost, for ConnectionStrings:RabbitMq.</summary>
    public string AmqpUri => new UriBuilder(Amqp) { Path = "/" + Uri.EscapeDataString(Name) }.Uri.ToString();

    public string AdminUser => Uri.UnescapeDataString(Amqp.UserInfo).Split(':')[0] is { Length: > 0 } user ? user : "guest";

    /// <summary>On the test broker (PP_TEST_RABBITMQ): where the tests' "state" deployments live.</summary>
    public static Task<RabbitVirtualHost> OnStateBrokerAsync(string name) =>
        CreateAsync(name, TestInfrastructure.RabbitMq, TestInfrastructure.RabbitMqManagement);

    /// <summary>On the hub broker (PP_TEST_HUB_RABBITMQ).</summary>
    public static Task<RabbitVirtualHost> OnHubBrokerAsync(string name) =>
        CreateAsync(name, HubInfrastructure.RabbitMq, HubInfrastructure.RabbitMqManagement);

    public static async Task<RabbitVirtualHost> CreateAsync(string name, Uri amqp, Uri management)
    {
        var vhost = new RabbitVirtualHost(name, amqp, management);
        await vhost.Management.PutVhostAsync(name);
        await vhost.Management.PutPermissionsAsync(name, vhost.AdminUser, new() { ["configure"] = ".*", ["write"] = ".*", ["read"] = ".*" });
        return vhost;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Management.DeleteVhostAsync(Name);
        }
        catch (HttpRequestException)
        {
            // The node may already be gone at the end of the run; its data folder is thrown away anyway.
        }
        Management.Dispose();
    }
}
