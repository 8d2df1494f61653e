namespace ParentPartner.Gateway.RateLimiting;

/// <summary>Section "Gateway:RateLimiting": a token bucket per client.</summary>
public sealed class RateLimitingOptions
{
    public int TokenLimit { get; set; } = 100;

    public int TokensPerPeriod { get; set; } = 50;

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Stricter bucket for unauthenticated callers (the public self-referral form), per client address.</summary>
    public int AnonymousTokenLimit { get; set; } = 10;

    public TimeSpan AnonymousReplenishmentPeriod { get; set; } = TimeSpan.FromMinutes(1);
}
