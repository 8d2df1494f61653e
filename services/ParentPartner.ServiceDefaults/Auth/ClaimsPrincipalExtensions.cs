using System.Security.Claims;
using System.Text.Json;

namespace ParentPartner.ServiceDefaults.Auth;

public static class ClaimsPrincipalExtensions
{
    /// <summary>The programs this caller may see: every program_id claim (one string, several claims, or a JSON array).</summary>
    public static IReadOnlySet<string> ProgramIds(this ClaimsPrincipal user)
    {
        var programs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in user.FindAll(KeycloakClaims.ProgramId))
        {
            if (claim.Value.StartsWith('['))
            {
                try
                {
                    programs.UnionWith(JsonSerializer.Deserialize<string[]>(claim.Value) ?? []);
                }
                catch (JsonException)
                {
                    // Not an array after all: no program from this claim.
                }
            }
            else if (claim.Value.Length > 0)
            {
                programs.Add(claim.Value);
            }
        }
        return programs;
    }

    /// <summary>The stable subject id (Keycloak's user id), used to tie a support parent to their own records.</summary>
    public static string? SubjectId(this ClaimsPrincipal user) => user.FindFirstValue("sub");

    /// <summary>The OAuth client the token was issued to (a referring organisation's client, the CLI, a federation link).</summary>
    public static string? ClientId(this ClaimsPrincipal user) => user.FindFirstValue(KeycloakClaims.AuthorizedParty);
}
