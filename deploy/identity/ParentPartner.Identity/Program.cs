// ParentPartner dev/test OIDC issuer: discovery, JWKS and /connect/token issuing tokens shaped
// like the production Keycloak realm's (see deploy/keycloak). Listen URLs come from
// ASPNETCORE_URLS / --urls; users, clients and the issuer come from the "Identity" section.
using ParentPartner.Identity;

var builder = WebApplication.CreateBuilder(args);

builder.AddIdentityIssuer();

var app = builder.Build();

app.MapIdentityIssuer();

app.Run();
