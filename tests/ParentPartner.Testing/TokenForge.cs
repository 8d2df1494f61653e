using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ParentPartner.Testing;

/// <summary>
/// Makes deliberately wrong tokens to prove they are refused: signed with the issuer's real key but
/// with a wrong issuer, audience or lifetime; tampered after signing; or unsigned (alg: none).
/// </summary>
public sealed class TokenForge(IssuerHost issuer)
{
    public string Signed(TestUser user, string? issuerOverride = null, string audience = "parentpartner-api", DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        var expiry = expires ?? now.AddMinutes(10);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuerOverride ?? issuer.Issuer,
            Audience = audience,
            IssuedAt = expiry.AddMinutes(-20),
            NotBefore = expiry.AddMinutes(-20),
            Expires = expiry,
            SigningCredentials = issuer.SigningKey.Credentials,
            Claims = Claims(user),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    /// <summary>A valid token whose payload was then edited to add a role: the signature no longer matches.</summary>
    public string Tampered(string validToken)
    {
        var parts = validToken.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));
        var escalated = payload.Replace("\"roles\":[", "\"roles\":[\"platform-admin\",", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(escalated)}.{parts[2]}";
    }

    /// <summary>The classic "alg: none" attack: a well-formed token with no signature.</summary>
    public string Unsigned(TestUser user)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var roles = string.Join(",", user.Roles.Select(r => $"\"{r}\""));
        var programs = string.Join(",", user.Programs.Select(p => $"\"{p}\""));
        var payload = Base64UrlEncoder.Encode(
            $$"""{"iss":"{{issuer.Issuer}}","aud":"parentpartner-api","sub":"{{user.Subject}}","exp":{{now + 600}},"iat":{{now}},"realm_access":{"roles":[{{roles}}]},"program_id":[{{programs}}]}""");
        return $"{header}.{payload}.";
    }

    private static Dictionary<string, object> Claims(TestUser user) => new()
    {
        ["sub"] = user.Subject,
        ["azp"] = "parentpartner-cli",
        ["preferred_username"] = user.Username,
        ["realm_access"] = new Dictionary<string, object> { ["roles"] = user.Roles },
        ["program_id"] = user.Programs,
    };
}
