using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Jobs;

/// <summary>No sidecar: the reminder stays in the database as the person's in-app inbox (/api/scheduling/me/reminders).</summary>
public sealed class LocalReminderChannel : IReminderChannel
{
    public string Name => "local";

    public Task SendAsync(Reminder reminder, CancellationToken cancellationToken) => Task.CompletedTask;
}
