namespace ParentPartner.Gateway.Proxy;

public static class ProxyExtensions
{
    /// <summary>
    /// YARP with routes and clusters from configuration (section "ReverseProxy"). The Authorization
    /// header passes through untouched, so every service validates the same token again.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        return builder;
    }
}
