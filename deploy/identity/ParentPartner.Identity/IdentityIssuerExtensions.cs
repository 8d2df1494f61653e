using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ParentPartner.Identity;

/// <summary>Wires the dev/test OIDC issuer: OpenIddict's server without a database, plus health.</summary>
public static class IdentityIssuerExtensions
{
    public static WebApplicationBuilder AddIdentityIssuer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IdentityIssuerOptions>()
            .Bind(builder.Configuration.GetSection(IdentityIssuerOptions.SectionName))
            .Validate(static options => string.IsNullOrEmpty(options.Issuer) || Uri.IsWellFormedUriString(options.Issuer, UriKind.Absolute),
                "Identity:Issuer must be empty or an absolute URI.")
            .Validate(static options => options.AccessTokenLifetimeMinutes > 0, "Identity:AccessTokenLifetimeMinutes must be positive.")
            .Validate(static options => !string.IsNullOrWhiteSpace(options.Audience), "Identity:Audience must not be empty.")
            // Fail at start-up rather than with a 500 on the first token request.
            .Validate(static options => options.Users.All(static user => !string.IsNullOrWhiteSpace(user.Username)
                    && !string.IsNullOrEmpty(user.Password) && !string.IsNullOrWhiteSpace(user.Subject)),
                "Every Identity:Users entry needs a Username, a Password and a Subject.")
            .Validate(static options => options.Clients.All(static client => !string.IsNullOrWhiteSpace(client.ClientId)),
                "Every Identity:Clients entry needs a ClientId.")
            .ValidateOnStart();

        // One key per process, shared by OpenIddict and by tests that forge tokens.
        var signingKey = new SigningKeyProvider();
        services.AddSingleton(signingKey);
        services.AddSingleton<IssuerDirectory>();
        services.AddSingleton<KeycloakPrincipalFactory>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SignInThrottle>();

        services.AddOpenIddict().AddServer(server =>
        {
            // Degraded mode: no application/token/authorization stores, so no database. Clients
            // and users come from configuration and are checked by our own event handlers.
            server.EnableDegradedMode();
            server.SetTokenEndpointUris("connect/token");
            server.AllowPasswordFlow().AllowClientCredentialsFlow();
            server.RegisterScopes(Scopes.OpenId, Scopes.Profile);
            server.RegisterClaims(Claims.PreferredUsername, Claims.AuthorizedParty, Claims.Scope, Claims.JwtId,
                KeycloakPrincipalFactory.RealmAccessClaim, KeycloakPrincipalFactory.ProgramIdClaim);
            // Clients authenticate with a shared secret only, so discovery must not advertise private_key_jwt.
            server.Configure(static options =>
            {
                options.ClientAssertionTypes.Clear();
                options.ClientAuthenticationMethods.Remove(ClientAuthenticationMethods.PrivateKeyJwt);
            });

            server.AddSigningCredentials(signingKey.Credentials);
            // Services validate access tokens as plain RS256 JWS, like Keycloak's. OpenIddict still
            // insists on an encryption key for its internal token formats; none is ever issued here.
            server.DisableAccessTokenEncryption();
            server.AddEphemeralEncryptionKey();

            server.AddEventHandler(ClientAuthenticationHandler.Descriptor);
            server.AddEventHandler(TokenRequestHandler.Descriptor);
            server.AddEventHandler(AccessTokenPayloadTrimmer.Descriptor);

            // DEV/TEST ONLY: plain HTTP is accepted so local runs and tests need no certificates.
            // Production uses Keycloak behind TLS; never deploy this issuer.
            server.UseAspNetCore().DisableTransportSecurityRequirement();
        });

        // Read lazily so settings injected by WebApplicationFactory are honoured.
        services.AddOptions<OpenIddictServerOptions>()
            .Configure<IOptions<IdentityIssuerOptions>>(static (server, issuer) =>
            {
                if (!string.IsNullOrEmpty(issuer.Value.Issuer))
                {
                    server.Issuer = new Uri(issuer.Value.Issuer, UriKind.Absolute);
                }

                server.AccessTokenLifetime = TimeSpan.FromMinutes(issuer.Value.AccessTokenLifetimeMinutes);
            });

        // Authentication pulls in data protection, which this issuer never uses: keep its keys in
        // memory instead of writing them to the user profile of every dev box and CI runner.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.AddHealthChecks();
        return builder;
    }

    public static WebApplication MapIdentityIssuer(this WebApplication app)
    {
        app.UseOAuthErrorResponses();
        // OpenIddict answers its endpoints from the authentication middleware.
        app.UseAuthentication();
        app.MapHealthChecks("/health/live");
        return app;
    }
}
