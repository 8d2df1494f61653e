using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ParentPartner.Identity;

/// <summary>
/// Builds the principal OpenIddict turns into an access token, laid out the way Keycloak lays
/// out its tokens, so services have one claim-mapping path for dev, test and production:
/// <c>realm_access</c> is a JSON object <c>{"roles":[...]}</c>, <c>program_id</c> is a JSON
/// array (always an array, even with one program: the realm's program_id mapper is multivalued,
/// and Keycloak then emits an array too; omitted when the subject has no program, as Keycloak
/// does), <c>azp</c> is the client id and <c>aud</c> the API audience. OpenIddict itself adds
/// <c>iss</c>, <c>exp</c>, <c>iat</c>, <c>jti</c>, <c>scope</c> and <c>client_id</c>.
/// No other personal data (no name, no email) goes in: services only need ids, roles and programs.
/// </summary>
internal sealed class KeycloakPrincipalFactory(IOptionsMonitor<IdentityIssuerOptions> options)
{
    public const string RealmAccessClaim = "realm_access";
    public const string ProgramIdClaim = "program_id";

    // Keycloak grants its default client scopes when none are asked for.
    private static readonly string[] DefaultScopes = [Scopes.Profile];

    public ClaimsPrincipal ForUser(IssuerUser user, IssuerClient client, IEnumerable<string> requestedScopes) =>
        Create(user.Subject, user.Username, client.ClientId, user.Roles, user.Programs, requestedScopes);

    /// <summary>Keycloak names a client's service-account user "service-account-&lt;client id&gt;".</summary>
    public ClaimsPrincipal ForServiceAccount(IssuerClient client, IEnumerable<string> requestedScopes) =>
        Create(IssuerDirectory.ServiceAccountSubject(client), "service-account-" + client.ClientId, client.ClientId,
            client.Roles, client.Programs, requestedScopes);

    private ClaimsPrincipal Create(
        string subject, string username, string clientId,
        IReadOnlyCollection<string> roles, IReadOnlyCollection<string> programs, IEnumerable<string> requestedScopes)
    {
        var identity = new ClaimsIdentity(
            TokenValidationParameters.DefaultAuthenticationType, Claims.PreferredUsername, Claims.Role);

        identity.SetClaim(Claims.Subject, subject);
        identity.SetClaim(Claims.PreferredUsername, username);
        identity.SetClaim(Claims.AuthorizedParty, clientId);

        // Added as raw JSON claims: OpenIddict's own helpers would flatten arrays into repeated
        // claims, which the JWT writer collapses back to a plain string when there is one value.
        var distinctRoles = roles.Where(role => !string.IsNullOrWhiteSpace(role)).Distinct(StringComparer.Ordinal).ToArray();
        identity.AddClaim(new Claim(RealmAccessClaim,
            JsonSerializer.Serialize(new Dictionary<string, string[]> { ["roles"] = distinctRoles }), JsonClaimValueTypes.Json));

        var distinctPrograms = programs.Where(program => !string.IsNullOrWhiteSpace(program)).Distinct(StringComparer.Ordinal).ToArray();
        if (distinctPrograms.Length > 0)
        {
            identity.AddClaim(new Claim(ProgramIdClaim, JsonSerializer.Serialize(distinctPrograms), JsonClaimValueTypes.JsonArray));
        }

        var scopes = requestedScopes.ToArray();
        identity.SetScopes(scopes.Length > 0 ? scopes : DefaultScopes);
        // OpenIddict 7 derives the access token's "aud" from the granted resources.
        identity.SetResources(options.CurrentValue.Audience);

        // Only the subject may reach an identity token (issued when "openid" is asked for);
        // everything else is meant for the APIs alone.
        identity.SetDestinations(static claim => claim.Type == Claims.Subject
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);

        return new ClaimsPrincipal(identity);
    }
}
