using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Messaging.Outbox;

namespace ParentPartner.ServiceDefaults.Erasure;

/// <summary>
/// Erasure in the tables every service shares: the outbox keeps sent bodies for days and idempotency records keep
/// whole responses, so a service erasing a family or a support parent also erases them here. By content, not by
/// schema: bodies are JSON, so a row is found by the id it carries and rewritten without its personal fields.
/// The inbox needs nothing: it holds message ids only.
/// </summary>
public static class StoredPersonalData
{
    /// <summary>
    /// Rewrites every stored outbox body of <typeparamref name="TMessage"/> whose <paramref name="keyProperty"/> is
    /// <paramref name="subjectId"/>, sent or still pending, through <paramref name="redact"/>. A pending one is still
    /// delivered, redacted: consumers take the empty values as "not given". Saved by the caller's SaveChanges.
    /// </summary>
    public static async Task<int> RedactOutboxAsync<TMessage>(
        this ServiceDbContext db, string keyProperty, Guid subjectId, Func<TMessage, TMessage> redact, CancellationToken cancellationToken)
        where TMessage : class
    {
        var type = typeof(TMessage).FullName!;
        var key = JsonNamingPolicy.CamelCase.ConvertName(keyProperty);
        var id = subjectId.ToString();
        var rows = await db.OutboxMessages
            .FromSql($"SELECT * FROM outbox_messages WHERE message_type = {type} AND body ->> {key} = {id}")
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            var message = JsonSerializer.Deserialize<TMessage>(row.Body, OutboxMessage.SerializerOptions)!;
            row.Body = JsonSerializer.Serialize(redact(message), OutboxMessage.SerializerOptions);
        }
        return rows.Count;
    }

    /// <summary>
    /// Stored responses to idempotent POSTs that mention any of <paramref name="ids"/> lose their bodies: a replay
    /// then answers with the status and Location only, never with data erased since.
    /// </summary>
    public static async Task<int> ForgetStoredResponsesAsync(this ServiceDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var forgotten = 0;
        foreach (var id in ids.Distinct())
        {
            // The body is jsonb: searched as its text, where the id appears as written ("d" format, lower case).
            var text = "%" + id.ToString() + "%";
            forgotten += await db.Database.ExecuteSqlAsync(
                $"UPDATE idempotency_keys SET response_body = NULL WHERE response_body IS NOT NULL AND response_body::text LIKE {text}", cancellationToken);
        }
        return forgotten;
    }
}
