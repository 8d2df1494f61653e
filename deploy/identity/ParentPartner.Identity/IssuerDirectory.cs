using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ParentPartner.Identity;

/// <summary>
/// Looks up the configured users and clients and checks their credentials. Configuration is
/// merged by index across sources, so a later entry with the same username or client id wins:
/// tests can replace a demo user by adding an entry at a high index instead of editing index 0.
/// </summary>
internal sealed class IssuerDirectory(IOptionsMonitor<IdentityIssuerOptions> options)
{
    public IssuerClient? FindClient(string? clientId)
    {
        if (string.IsNullOrEmpty(clientId))
        {
            return null;
        }

        return options.CurrentValue.Clients.LastOrDefault(client => string.Equals(client.ClientId, clientId, StringComparison.Ordinal));
    }

    public bool IsValidSecret(IssuerClient client, string? presentedSecret) =>
        !client.IsPublic && SecretsMatch(client.ClientSecret!, presentedSecret);

    public bool IsConfiguredUser(string? username) =>
        !string.IsNullOrEmpty(username) && options.CurrentValue.Users.Any(user => string.Equals(user.Username, username, StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns the user only when the password matches; callers cannot tell which part was wrong.</summary>
    public IssuerUser? FindUser(string? username, string? password)
    {
        if (string.IsNullOrEmpty(username))
        {
            return null;
        }

        // Keycloak matches usernames case-insensitively (it stores them lower-cased).
        var user = options.CurrentValue.Users.LastOrDefault(user => string.Equals(user.Username, username, StringComparison.OrdinalIgnoreCase));
        return user is not null && !string.IsNullOrEmpty(user.Password) && SecretsMatch(user.Password, password) ? user : null;
    }

    /// <summary>
    /// Keycloak gives every service account a user with its own UUID; without a configured one we
    /// derive a stable id from the client id so a restart does not change <c>sub</c>.
    /// </summary>
    public static string ServiceAccountSubject(IssuerClient client)
    {
        if (!string.IsNullOrEmpty(client.Subject))
        {
            return client.Subject;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("service-account:" + client.ClientId));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    // Fixed-time comparison: cheap here, and it keeps this dev issuer from teaching bad habits.
    private static bool SecretsMatch(string expected, string? presented) =>
        presented is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(presented));
}
