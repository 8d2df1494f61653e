namespace ParentPartner.Testing;

/// <summary>A user the test issuer knows; every test user's password is <see cref="Password"/>.</summary>
public sealed record TestUser(string Username, string Subject, string[] Roles, string[] Programs)
{
    public const string Password = "test-password";
}
