using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ParentPartner.Identity;

/// <summary>
/// The issuer's RS256 signing key, generated once per process. It is registered with OpenIddict
/// (so it signs every token and is published in the JWKS) and as a DI singleton, so test code can
/// sign deliberately bad tokens (expired, wrong audience, wrong issuer) with the real key.
/// Ephemeral on purpose: services refresh the JWKS when they meet an unknown <c>kid</c>.
/// Also serves as the entry type for <c>WebApplicationFactory&lt;SigningKeyProvider&gt;</c>,
/// since every service has its own <c>Program</c>.
/// </summary>
public sealed class SigningKeyProvider
{
    public SigningKeyProvider()
    {
        var key = new RsaSecurityKey(RSA.Create(2048));
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        Key = key;
        Credentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The RSA key, including its private part; its <c>KeyId</c> is the JWKS <c>kid</c>.</summary>
    public RsaSecurityKey Key { get; }

    /// <summary>RS256 credentials over <see cref="Key"/>: the exact ones OpenIddict signs with.</summary>
    public SigningCredentials Credentials { get; }
}
