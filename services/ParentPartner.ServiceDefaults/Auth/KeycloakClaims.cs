using System.Security.Claims;
using System.Text.Json;

namespace ParentPartner.ServiceDefaults.Auth;

/// <summary>
/// Keycloak's claim layout mapped to what ASP.NET authorizes on: realm_access.roles become role claims.
/// (Keycloak.AuthServices is not available to this project; this is the few lines it would do.)
/// </summary>
public static class KeycloakClaims
{
    public const string Role = "role";
    public const string ProgramId = "program_id";
    public const string RealmAccess = "realm_access";
    public const string PreferredUsername = "preferred_username";
    public const string AuthorizedParty = "azp";

    public static void AddRealmRoles(ClaimsIdentity identity)
    {
        foreach (var claim in identity.FindAll(RealmAccess).ToList())
        {
            foreach (var role in ReadRoles(claim.Value))
            {
                if (!identity.HasClaim(Role, role))
                {
                    identity.AddClaim(new Claim(Role, role, ClaimValueTypes.String, claim.Issuer));
                }
            }
        }
    }

    private static IEnumerable<string> ReadRoles(string realmAccessJson)
    {
        try
        {
            using var document = JsonDocument.Parse(realmAccessJson);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("roles", out var roles)
                && roles.ValueKind == JsonValueKind.Array)
            {
                return roles.EnumerateArray()
                    .Where(r => r.ValueKind == JsonValueKind.String)
                    .Select(r => r.GetString()!)
                    .ToList();
            }
        }
        catch (JsonException)
        {
            // A malformed realm_access grants nothing.
        }
        return [];
    }
}
