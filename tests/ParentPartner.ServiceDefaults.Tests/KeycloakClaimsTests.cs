using System.Security.Claims;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.ServiceDefaults.Tests;

public sealed class KeycloakClaimsTests
{
    [Fact]
    public void Realm_roles_become_role_claims()
    {
        var identity = new ClaimsIdentity([new Claim("realm_access", """{"roles":["program-coordinator","offline_access"]}""", "JSON")], "jwt");

        KeycloakClaims.AddRealmRoles(identity);

        var principal = new ClaimsPrincipal(identity);
        Assert.Equal(["offline_access", "program-coordinator"], identity.FindAll("role").Select(c => c.Value).Order());
        Assert.False(principal.IsInRole("program-coordinator"), "role claim type is set on validation, not on this bare identity");
        Assert.True(new ClaimsPrincipal(new ClaimsIdentity(identity.Claims, "jwt", "preferred_username", "role")).IsInRole("program-coordinator"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"roles":"program-admin"}""")]
    [InlineData("""["program-admin"]""")]
    [InlineData("""{"roles":[1,2]}""")]
    public void A_malformed_realm_access_grants_nothing(string value)
    {
        var identity = new ClaimsIdentity([new Claim("realm_access", value)], "jwt");
        KeycloakClaims.AddRealmRoles(identity);
        Assert.Empty(identity.FindAll("role"));
    }

    [Fact]
    public void Program_ids_come_from_repeated_claims_or_a_json_array()
    {
        var repeated = new ClaimsPrincipal(new ClaimsIdentity([new Claim("program_id", "ia-parent-partner"), new Claim("program_id", "wa-p2p")], "jwt"));
        var array = new ClaimsPrincipal(new ClaimsIdentity([new Claim("program_id", """["ia-parent-partner","wa-p2p"]""")], "jwt"));
        var none = new ClaimsPrincipal(new ClaimsIdentity([new Claim("program_id", "[not json")], "jwt"));

        Assert.Equal(["ia-parent-partner", "wa-p2p"], repeated.ProgramIds().Order());
        Assert.Equal(["ia-parent-partner", "wa-p2p"], array.ProgramIds().Order());
        Assert.Empty(none.ProgramIds());
    }
}
