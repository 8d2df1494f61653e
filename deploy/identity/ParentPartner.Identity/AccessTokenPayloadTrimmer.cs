using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace ParentPartner.Identity;

/// <summary>
/// Drops OpenIddict's private presenter claim (<c>oi_prst</c>) from access tokens just before
/// they are written. Only OpenIddict's own validation reads it, and <c>azp</c> already names the
/// client, so without it the payload matches the documented Keycloak-shaped claim set.
/// </summary>
internal sealed class AccessTokenPayloadTrimmer : IOpenIddictServerHandler<GenerateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
            .UseSingletonHandler<AccessTokenPayloadTrimmer>()
            .SetOrder(OpenIddictServerHandlers.Protection.AttachTokenSubject.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(GenerateTokenContext context)
    {
        if (context.TokenType != TokenTypeIdentifiers.AccessToken || context.SecurityTokenDescriptor.Subject is not { } subject)
        {
            return ValueTask.CompletedTask;
        }

        foreach (var claim in subject.FindAll(Claims.Private.Presenter).ToList())
        {
            subject.RemoveClaim(claim);
        }

        return ValueTask.CompletedTask;
    }
}
