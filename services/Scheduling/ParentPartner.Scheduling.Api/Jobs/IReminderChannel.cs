using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Jobs;

/// <summary>Where reminders go: a Dapr output binding (SMS or email) when a sidecar is configured, the local inbox otherwise.</summary>
public interface IReminderChannel
{
    string Name { get; }

    Task SendAsync(Reminder reminder, CancellationToken cancellationToken);
}
