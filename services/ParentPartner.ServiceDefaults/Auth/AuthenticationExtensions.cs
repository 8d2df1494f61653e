using Microsoft.AspNetCore.Http;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ParentPartner.ServiceDefaults.Auth;

public static class AuthenticationExtensions
{
    public const string DefaultAudience = "parentpartner-api";

    /// <summary>
    /// JWT bearer validation against the configured authority (Keycloak in production, the dev issuer
    /// locally): issuer, audience, lifetime and signature are all checked. Every endpoint needs a
    /// valid token unless it says AllowAnonymous.
    /// </summary>
    public static IServiceCollection AddKeycloakJwtAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IConfiguration>((options, configuration) =>
            {
                var auth = configuration.GetSection("Auth");
                options.Authority = auth["Authority"];
                options.Audience = auth["Audience"] ?? DefaultAudience;
                options.RequireHttpsMetadata = auth.GetValue("RequireHttpsMetadata", true);
                options.MapInboundClaims = false;
                // When services reach the identity provider by an internal name, tokens still carry the public issuer.
                var validIssuers = auth.GetSection("ValidIssuers").Get<string[]>();
                if (validIssuers is { Length: > 0 })
                {
                    options.TokenValidationParameters.ValidIssuers = validIssuers;
                }
                options.TokenValidationParameters.ValidateIssuer = true;
                options.TokenValidationParameters.ValidateAudience = true;
                options.TokenValidationParameters.ValidateLifetime = true;
                options.TokenValidationParameters.RequireSignedTokens = true;
                options.TokenValidationParameters.RequireExpirationTime = true;
                options.TokenValidationParameters.ValidAlgorithms = ["RS256", "RS384", "RS512", "PS256", "ES256"];
                options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                options.TokenValidationParameters.NameClaimType = KeycloakClaims.PreferredUsername;
                options.TokenValidationParameters.RoleClaimType = KeycloakClaims.Role;
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        if (context.Principal?.Identity is ClaimsIdentity identity)
                        {
                            KeycloakClaims.AddRealmRoles(identity);
                        }
                        return Task.CompletedTask;
                    },
                };
            })
            .Validate(options => !string.IsNullOrWhiteSpace(options.Authority), "Auth:Authority must name the identity provider (Keycloak realm URL or the dev issuer).")
            .ValidateOnStart();

        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder()
            .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true || IsRoutingRejection(context.Resource))
            .Build());
        return services;
    }

    // Routing answers a wrong method (405) or content type (415) with endpoints of its own that carry no
    // authorization metadata; the fallback policy would turn them into a 401 that misleads the caller
    // (an anonymous form posted as text/plain). They run no handler, so nothing is exposed by letting them answer.
    private static bool IsRoutingRejection(object? resource) =>
        resource is HttpContext { } http && http.GetEndpoint()?.DisplayName is "405 HTTP Method Not Allowed" or "415 HTTP Unsupported Media Type";
}
