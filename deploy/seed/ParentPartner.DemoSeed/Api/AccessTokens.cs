using System.Buffers.Text;
using System.Text.Json;

namespace ParentPartner.DemoSeed.Api;

public static class AccessTokens
{
    /// <summary>The <c>sub</c> of an access token we were just issued (read, not validated: the gateway validates).</summary>
    public static string Subject(string accessToken)
    {
        var parts = accessToken.Split('.');
        if (parts.Length != 3)
        {
            throw new InvalidOperationException("the access token is not a JWS");
        }
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        return payload.RootElement.GetProperty("sub").GetString() ?? throw new InvalidOperationException("the access token has no sub");
    }
}
