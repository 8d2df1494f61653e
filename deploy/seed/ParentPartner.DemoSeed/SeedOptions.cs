using System.Globalization;

namespace ParentPartner.DemoSeed;

/// <summary>
/// Where the gateway and the identity issuer listen (arguments first, then environment, then `pp up`'s
/// defaults) and how much to seed. --dry-run prints what would be sent, and sends nothing.
/// </summary>
public sealed record SeedOptions(Uri Gateway, Uri Identity, bool DryRun)
{
    /// <summary>Referrals per program instead of each program's own number (--referrals N).</summary>
    public int? Referrals { get; init; }

    /// <summary>Support parents per program instead of each program's own number (--support-parents N).</summary>
    public int? SupportParents { get; init; }

    /// <summary>Per demo user, under the gateway's default limit of 50 a second; 0 does not pace (--requests-per-second N).</summary>
    public double RequestsPerSecond { get; init; } = 45;

    /// <summary>Requests in flight per demo user.</summary>
    public int Concurrency { get; init; } = 6;

    public static SeedOptions Parse(string[] args)
    {
        string? Argument(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        int? Count(string name) => Argument(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;

        return new SeedOptions(
            new Uri(Argument("--gateway") ?? Environment.GetEnvironmentVariable("PP_GATEWAY_URL") ?? "http://localhost:8080"),
            new Uri(Argument("--identity") ?? Environment.GetEnvironmentVariable("PP_IDENTITY_URL") ?? "http://localhost:8081"),
            args.Contains("--dry-run"))
        {
            Referrals = Count("--referrals"),
            SupportParents = Count("--support-parents"),
            RequestsPerSecond = Argument("--requests-per-second") is { } rate ? double.Parse(rate, CultureInfo.InvariantCulture) : 45,
        };
    }
}
