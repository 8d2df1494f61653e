using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace ParentPartner.Identity;

/// <summary>
/// Authenticates the client of every token request. The server runs in degraded mode (no
/// application store), so OpenIddict leaves client validation to us. Mirrors the realm export:
/// the public client may only use the password grant, confidential clients only client_credentials.
/// </summary>
internal sealed class ClientAuthenticationHandler(IssuerDirectory directory) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    // Runs after OpenIddict's own parameter checks and before its (store-less) client
    // authentication step, so unknown clients are turned away before anything else looks at them.
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseScopedHandler<ClientAuthenticationHandler>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateAuthentication.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    private const string InvalidClientDescription = "The client is unknown or its credentials are invalid.";

    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        var client = directory.FindClient(context.ClientId);
        if (client is null || !string.IsNullOrEmpty(context.Request.ClientAssertion))
        {
            context.Reject(Errors.InvalidClient, InvalidClientDescription);
            return ValueTask.CompletedTask;
        }

        if (client.IsPublic)
        {
            if (!string.IsNullOrEmpty(context.ClientSecret))
            {
                context.Reject(Errors.InvalidClient, "A public client must not send a client secret.");
            }
            else if (!context.Request.IsPasswordGrantType())
            {
                context.Reject(Errors.UnauthorizedClient, "This client may only use the password grant.");
            }

            return ValueTask.CompletedTask;
        }

        if (!directory.IsValidSecret(client, context.ClientSecret))
        {
            context.Reject(Errors.InvalidClient, InvalidClientDescription);
        }
        else if (!context.Request.IsClientCredentialsGrantType())
        {
            context.Reject(Errors.UnauthorizedClient, "This client may only use the client_credentials grant.");
        }

        return ValueTask.CompletedTask;
    }
}
