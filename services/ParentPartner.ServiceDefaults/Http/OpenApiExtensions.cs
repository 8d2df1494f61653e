using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace ParentPartner.ServiceDefaults.Http;

public static class OpenApiExtensions
{
    /// <summary>One OpenAPI document per service at /openapi/v1.json; the gateway lists them all at /docs.</summary>
    public static IServiceCollection AddServiceOpenApi(this IServiceCollection services, string serviceName) =>
        services.AddOpenApi(options => options.AddSchemaTransformer(XmlDocDescriptions.ApplyAsync).AddOperationTransformer(RequireBearer).AddDocumentTransformer((document, _, _) =>
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

    /// <summary>
    /// Every operation that needs a token says so (the bearer scheme): all of them, since the fallback policy asks for
    /// a token (Auth/AuthenticationExtensions.cs), except those marked AllowAnonymous (public forms, calendar feeds).
    /// </summary>
    private static Task RequireBearer(OpenApiOperation operation, Microsoft.AspNetCore.OpenApi.OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", context.Document)] = [] }];
        }
        return Task.CompletedTask;
    }

    public static WebApplication MapServiceOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
