using OpenTelemetry.Trace;

namespace ParentPartner.Gateway.Proxy;

public static class ProxyExtensions
{
    /// <summary>
    /// YARP with routes and clusters from configuration (section "ReverseProxy", built from the topology). The
    /// Authorization header passes through untouched, so every service validates the same token again.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayProxy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddSource("Yarp.ReverseProxy"));
        return builder;
    }
}
