namespace ParentPartner.ServiceDefaults.Http;

/// <summary>Who the service sees calling: the token's subject, roles and programs (GET …/me, to check a token).</summary>
/// <param name="Service">The service that answered.</param>
/// <param name="Subject">The token's subject (a user's id at the identity provider); null for a service account.</param>
/// <param name="Username">The user's login name; null for a service account.</param>
/// <param name="ClientId">The OAuth client the token was issued to.</param>
/// <param name="Roles">The caller's realm roles.</param>
/// <param name="Programs">The programs (program_id claims) the caller acts for.</param>
public sealed record CallerResponse(string Service, string? Subject, string? Username, string? ClientId, IReadOnlyList<string> Roles, IReadOnlyList<string> Programs);
