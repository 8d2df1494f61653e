namespace ParentPartner.Testing;

/// <summary>A confidential client the test issuer knows (client credentials): a service account with roles and programs.</summary>
public sealed record TestClient(string ClientId, string Secret, string[] Roles, string[] Programs);
