using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>
/// A reminder to send, at most one per kind and appointment or plan item (a unique key, so any number of sweeps
/// enqueue it once). Delivery claims it for a short lease, so two instances never send the same one; the text names
/// the kind of meeting and the time, never the family.
/// </summary>
public sealed class Reminder : IProgramOwned
{
    public Guid Id { get; init; }

    public required string ProgramId { get; init; }

    public ReminderKind Kind { get; init; }

    /// <summary>The appointment or plan item it is about.</summary>
    public Guid TargetId { get; init; }

    /// <summary>The support parent it goes to; null for the program's coordinators.</summary>
    public string? RecipientSubject { get; init; }

    public required string Text { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>While set in the future, one instance is delivering it.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>dapr (through the sidecar's output binding) or local (kept here, read at /me/reminders).</summary>
    public string? Channel { get; set; }
}
