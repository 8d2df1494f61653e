using Scalar.AspNetCore;

namespace ParentPartner.Gateway.Docs;

public static class ApiReferenceExtensions
{
    private const string DocsContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>
    /// /docs: one API reference over every service's OpenAPI document, each proxied at
    /// /openapi/{cluster}.json by the routes in configuration.
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
