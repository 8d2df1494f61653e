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
            document.Info.Description = GettingAToken;
            // Clients reach services only through the gateway, which serves this document: "/" is relative to it
            // (OpenAPI resolves a relative server against the document's own address); a service's own would mislead.
            document.Servers = [new OpenApiServer { Url = "/", Description = "The gateway this document came from" }];
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
        }).AddDocumentTransformer(OpenApiCompletion.ApplyAsync));

    /// <summary>The documents' description (markdown): how to call the API, which /docs shows first.</summary>
    internal const string GettingAToken =
        """
        Every call goes through the gateway and, except the public forms and calendar feeds, needs a bearer token
        (an OAuth 2.0 access token with the caller's realm roles and `program_id` claims). Locally (`./pp up`) the dev
        issuer at http://localhost:8081 hands one out for a demo user (all with the password `demo-password`; see
        the README for who is who) by the password grant of its public client `parentpartner-cli`:

        ```bash
        TOKEN=$(curl -s -d grant_type=password -d client_id=parentpartner-cli \
          -d username=coord.iowa -d password=demo-password http://localhost:8081/connect/token \
          | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
        curl -s http://localhost:8080/api/referrals/me -H "Authorization: Bearer $TOKEN"
        ```

        With Keycloak (docker-compose, Kubernetes) the token endpoint is
        `/realms/parentpartner/protocol/openid-connect/token` on the identity server (its
        `/.well-known/openid-configuration` says where). In this reference, paste the token under
        Authentication (the `bearer` scheme) and every example request is sent with it.

        Problems are RFC 9457 `application/problem+json`: 400 names each invalid field (an unknown enum value's
        message lists the allowed ones), 401 without a valid token, 403 for a role that may not, 404 for what does
        not exist or belongs to another program, 409 for a state that does not allow the change, 422 for a program
        rule.
        """;

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
        else
        {
            // Said outright, so a reader (and the linter) knows no token is needed rather than that one was forgotten.
            operation.Security = [new OpenApiSecurityRequirement()];
        }
        return Task.CompletedTask;
    }

    public static WebApplication MapServiceOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
