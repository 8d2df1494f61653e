namespace ParentPartner.Identity;

/// <summary>
/// A client application. Without a secret it is public and may only use the password grant
/// (like Keycloak's parentpartner-cli); with a secret it is confidential and may only use
/// client_credentials, acting as its own service account with the roles and programs below.
/// </summary>
public sealed class IssuerClient
{
    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    /// <summary>
    /// The service account's <c>sub</c>. Optional: when empty a stable id is derived from the
    /// client id so tokens stay comparable across restarts.
    /// </summary>
    public string? Subject { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<string> Programs { get; set; } = [];

    public bool IsPublic => string.IsNullOrEmpty(ClientSecret);
}
