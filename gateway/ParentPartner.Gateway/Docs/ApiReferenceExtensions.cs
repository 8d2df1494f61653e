using ParentPartner.Gateway.Topology;
using Scalar.AspNetCore;

namespace ParentPartner.Gateway.Docs;

public static class ApiReferenceExtensions
{
    private const string DocsContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>
    /// /docs: one API reference over every service's OpenAPI document, each proxied at
    /// /openapi/{cluster}.json by the routes in configuration. It opens on referral, where intake starts (each
    /// document's description says how to get a token), and the bearer scheme is the one its "try it" offers.
    /// </summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        // The page runs its own bundled script plus an inline configuration module; nothing from elsewhere, never framed.
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/docs"))
            {
                context.Response.Headers.ContentSecurityPolicy = DocsContentSecurityPolicy;
            }
            return next(context);
        });
        // Configuration lists clusters alphabetically; the topology's order (referral first) is the one a reader wants.
        var order = PlatformTopology.Load(app.Configuration["Gateway:TopologyFile"]).Services.Select(s => s.Name).ToList();
        var clusters = app.Configuration.GetSection("ReverseProxy:Clusters").GetChildren().Select(c => c.Key)
            .OrderBy(c => order.IndexOf(c) is var i and >= 0 ? i : int.MaxValue).ThenBy(c => c, StringComparer.Ordinal).ToList();
        app.MapScalarApiReference("/docs", options =>
        {
            options.WithTitle("ParentPartner API");
            // "Try it" calls go to the gateway the page came from, never straight to a service.
            options.DynamicBaseServerUrl = true;
            options.AddPreferredSecuritySchemes("bearer");
            foreach (var cluster in clusters)
            {
                options.AddDocument(cluster, cluster, $"/openapi/{cluster}.json", isDefault: cluster == clusters[0]);
            }
        }).AllowAnonymous();
        return app;
    }
}
