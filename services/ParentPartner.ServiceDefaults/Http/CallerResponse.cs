namespace ParentPartner.ServiceDefaults.Http;

public sealed record CallerResponse(string Service, string? Subject, string? Username, string? ClientId, IReadOnlyList<string> Roles, IReadOnlyList<string> Programs);
