using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace ParentPartner.Identity;

/// <summary>
/// Decides who the token is for once the client is authenticated: the resource owner for the
/// password grant (checked here, so a wrong password is an OAuth invalid_grant and never an
/// exception), or the client's own service account for client_credentials.
/// </summary>
internal sealed class TokenRequestHandler(IssuerDirectory directory, KeycloakPrincipalFactory principals, SignInThrottle throttle)
    : IOpenIddictServerHandler<HandleTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<HandleTokenRequestContext>()
            .UseScopedHandler<TokenRequestHandler>()
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(HandleTokenRequestContext context)
    {
        // ClientAuthenticationHandler has already rejected unknown clients.
        var client = directory.FindClient(context.Request.ClientId);
        if (client is null)
        {
            context.Reject(Errors.InvalidClient, "The client is unknown or its credentials are invalid.");
            return ValueTask.CompletedTask;
        }

        var scopes = context.Request.GetScopes();
        if (context.Request.IsPasswordGrantType())
        {
            var username = context.Request.Username ?? "";
            if (throttle.IsLocked(username))
            {
                context.Reject(Errors.InvalidGrant, "Too many failed sign-ins: this account is locked for a while.");
                return ValueTask.CompletedTask;
            }
            // Same answer for an unknown user and a wrong password, as Keycloak does.
            var user = directory.FindUser(username, context.Request.Password);
            if (user is null)
            {
                if (directory.IsConfiguredUser(username))
                {
                    throttle.Failed(username);
                }
                context.Reject(Errors.InvalidGrant, "Invalid user credentials.");
                return ValueTask.CompletedTask;
            }
            throttle.Succeeded(username);

            context.SignIn(principals.ForUser(user, client, scopes));
        }
        else if (context.Request.IsClientCredentialsGrantType())
        {
            context.SignIn(principals.ForServiceAccount(client, scopes));
        }
        else
        {
            context.Reject(Errors.UnsupportedGrantType, "Only the password and client_credentials grants are supported.");
        }

        return ValueTask.CompletedTask;
    }
}
