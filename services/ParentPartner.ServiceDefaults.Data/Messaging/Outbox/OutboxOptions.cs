namespace ParentPartner.ServiceDefaults.Messaging.Outbox;

/// <summary>Outbox dispatcher settings (section "Outbox").</summary>
public sealed class OutboxOptions
{
    /// <summary>Off only for tests that need a committed-but-unsent event (a crash between commit and publish).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    public int BatchSize { get; set; } = 200;

    /// <summary>How long an idle dispatcher sleeps when no local save woke it (another instance may have written rows).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a POST's Idempotency-Key is remembered; retries come within minutes.</summary>
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromDays(1);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
