using System.Text.Json;

namespace ParentPartner.ServiceDefaults.Messaging.Outbox;

/// <summary>An event waiting to leave the service, written in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Becomes the MassTransit MessageId, so a re-publish after a crash is recognised by consumers' inboxes.</summary>
    public Guid Id { get; set; }

    /// <summary>Full name of a contract type (namespace + type name is the wire identity).</summary>
    public required string MessageType { get; set; }

    public required string Body { get; set; }

    /// <summary>W3C traceparent of the request that raised the event, so one trace spans the hop through the broker.</summary>
    public string? TraceParent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
