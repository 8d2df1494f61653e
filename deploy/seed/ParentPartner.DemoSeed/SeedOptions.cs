namespace ParentPartner.DemoSeed;

/// <summary>
/// Where the gateway and the identity issuer listen: arguments first, then environment, then `pp up`'s
/// defaults. --dry-run prints what would be sent, and sends nothing.
/// </summary>
public sealed record SeedOptions(Uri Gateway, Uri Identity, bool DryRun)
{
    public static SeedOptions Parse(string[] args)
    {
        string? Argument(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        return new SeedOptions(
            new Uri(Argument("--gateway") ?? Environment.GetEnvironmentVariable("PP_GATEWAY_URL") ?? "http://localhost:8080"),
            new Uri(Argument("--identity") ?? Environment.GetEnvironmentVariable("PP_IDENTITY_URL") ?? "http://localhost:8081"),
            args.Contains("--dry-run"));
    }
}
