namespace ParentPartner.Identity;

/// <summary>
/// The "Identity" configuration section. Everything a test needs to change (issuer, audience,
/// lifetime, users, clients) lives here so it can be injected with plain settings
/// (<c>UseSetting("Identity:Users:100:Username", ...)</c>) without touching code.
/// </summary>
public sealed class IdentityIssuerOptions
{
    public const string SectionName = "Identity";

    /// <summary>
    /// The <c>iss</c> value. Empty means "the base URI of the request", which is convenient
    /// in-process but makes the issuer depend on the host name callers use, so shared
    /// environments (compose, run scripts) should set it explicitly.
    /// </summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> value; Keycloak's audience mapper emits the API client's id.</summary>
    public string Audience { get; set; } = "parentpartner-api";

    public int AccessTokenLifetimeMinutes { get; set; } = 60;

    public List<IssuerUser> Users { get; set; } = [];

    public List<IssuerClient> Clients { get; set; } = [];
}
