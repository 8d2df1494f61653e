using ParentPartner.ServiceDefaults.Health;

namespace ParentPartner.Gateway.Health;

public static class DownstreamHealthExtensions
{
    /// <summary>One readiness check per proxied cluster, read from the same configuration YARP uses.</summary>
    public static IHostApplicationBuilder AddDownstreamHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(nameof(DownstreamHealthCheck));
        var health = builder.Services.AddHealthChecks();
        foreach (var cluster in builder.Configuration.GetSection("ReverseProxy:Clusters").GetChildren())
        {
            var name = cluster.Key;
            health.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
                name,
                services =>
                {
                    var address = services.GetRequiredService<IConfiguration>()[$"ReverseProxy:Clusters:{name}:Destinations:primary:Address"]
                        ?? throw new InvalidOperationException($"cluster {name} has no primary destination");
                    return new DownstreamHealthCheck(services.GetRequiredService<IHttpClientFactory>(), new Uri(new Uri(address), "/health/ready"));
                },
                failureStatus: null,
                tags: [HealthExtensions.ReadyTag]));
        }
        return builder;
    }
}
