using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace ParentPartner.ServiceDefaults.Http;

public static class OpenApiExtensions
{
    /// <summary>One OpenAPI document per service at /openapi/v1.json; the gateway lists them all at /docs.</summary>
    public static IServiceCollection AddServiceOpenApi(this IServiceCollection services, string serviceName) =>
        services.AddOpenApi(options => options.AddSchemaTransformer(XmlDocDescriptions.ApplyAsync).AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = $"ParentPartner {serviceName} API";
            // Clients reach services only through the gateway; a service's own address would mislead.
            document.Servers = [];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "A Keycloak (or dev issuer) access token: realm roles and program_id claims.",
            };
            return Task.CompletedTask;
        }));

    public static WebApplication MapServiceOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
