using Scalar.AspNetCore;

namespace ParentPartner.Gateway.Docs;

public static class ApiReferenceExtensions
{
    /// <summary>
    /// /docs: one API reference over every service's OpenAPI document, each proxied at
    /// /openapi/{cluster}.json by the routes in configuration.
    /// </summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        var clusters = app.Configuration.GetSection("ReverseProxy:Clusters").GetChildren().Select(c => c.Key).ToList();
        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("ParentPartner API");
            // "Try it" calls go to the gateway the page came from, never straight to a service.
            options.DynamicBaseServerUrl = true;
            foreach (var cluster in clusters)
            {
                options.AddDocument(cluster, cluster, $"/openapi/{cluster}.json");
            }
        }).AllowAnonymous();
        return app;
    }
}
