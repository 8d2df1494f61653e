namespace ParentPartner.ServiceDefaults.Idempotency;

/// <summary>The first response to a POST sent with an Idempotency-Key, replayed for any retry of the same request.</summary>
public sealed class IdempotencyRecord
{
    /// <summary>Who sent it (token subject, or client address for anonymous forms): keys are per caller.</summary>
    public required string Caller { get; set; }

    public required string Key { get; set; }

    /// <summary>SHA-256 of method, path and body: the same key with a different request is refused.</summary>
    public required string RequestHash { get; set; }

    public int StatusCode { get; set; }

    public string? Location { get; set; }

    public string? ResponseBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
