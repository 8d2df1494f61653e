namespace ParentPartner.Identity;

/// <summary>A resource owner that may sign in with the password grant.</summary>
public sealed class IssuerUser
{
    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>The <c>sub</c> claim. Keep it stable: services key their data on it.</summary>
    public string Subject { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    public List<string> Programs { get; set; } = [];
}
