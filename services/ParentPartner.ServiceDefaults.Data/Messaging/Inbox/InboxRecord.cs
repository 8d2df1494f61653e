namespace ParentPartner.ServiceDefaults.Messaging.Inbox;

/// <summary>"Message M was handled by consumer C", committed with the consumer's own changes.</summary>
public sealed class InboxRecord
{
    public Guid MessageId { get; set; }

    public required string Consumer { get; set; }

    public DateTimeOffset ProcessedAt { get; set; }
}
