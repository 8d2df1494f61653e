using ParentPartner.Gateway.RateLimiting;

namespace ParentPartner.Gateway.Topology;

public static class TopologyProxyConfiguration
{
    /// <summary>
    /// YARP's "ReverseProxy" section built from the topology, added below every other configuration source, so
    /// ReverseProxy__Clusters__{service}__Destinations__primary__Address (compose, Kubernetes, the tests) still
    /// points a cluster elsewhere. Per service: its prefixes (a token required, per-client rate limit), its
    /// anonymous routes (the same limit, keyed by address), and its OpenAPI document at /openapi/{service}.json.
    /// </summary>
    public static IHostApplicationBuilder AddTopologyRoutes(this IHostApplicationBuilder builder)
    {
        var topology = PlatformTopology.Load(builder.Configuration["Gateway:TopologyFile"]);
        var settings = new Dictionary<string, string?>();
        foreach (var service in topology.Services)
        {
            var cluster = service.Name;
            settings[$"ReverseProxy:Clusters:{cluster}:Destinations:primary:Address"] = $"http://127.0.0.1:{service.Port}/";
            for (var i = 0; i < service.Routes.Count; i++)
            {
                Route(settings, $"{cluster}-{i}", cluster, $"{service.Routes[i]}/{{**rest}}", "default", RateLimitingExtensions.PerClientPolicy);
            }
            for (var i = 0; i < service.AnonymousRoutes.Count; i++)
            {
                var route = service.AnonymousRoutes[i];
                var id = $"{cluster}-anonymous-{i}";
                Route(settings, id, cluster, route.Path, "anonymous", RateLimitingExtensions.PerClientPolicy);
                for (var m = 0; m < (route.Methods?.Count ?? 0); m++)
                {
                    settings[$"ReverseProxy:Routes:{id}:Match:Methods:{m}"] = route.Methods![m];
                }
            }
            Route(settings, $"{cluster}-openapi", cluster, $"/openapi/{cluster}.json", "anonymous", rateLimiterPolicy: null);
            settings[$"ReverseProxy:Routes:{cluster}-openapi:Transforms:0:PathSet"] = "/openapi/v1.json";
        }
        // Lowest precedence: appsettings, the environment and the command line all override it.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource { InitialData = settings });
        return builder;
    }

    private static void Route(Dictionary<string, string?> settings, string id, string cluster, string path, string authorization, string? rateLimiterPolicy)
    {
        settings[$"ReverseProxy:Routes:{id}:ClusterId"] = cluster;
        settings[$"ReverseProxy:Routes:{id}:AuthorizationPolicy"] = authorization;
        settings[$"ReverseProxy:Routes:{id}:Match:Path"] = path;
        if (rateLimiterPolicy is not null)
        {
            settings[$"ReverseProxy:Routes:{id}:RateLimiterPolicy"] = rateLimiterPolicy;
        }
    }
}
