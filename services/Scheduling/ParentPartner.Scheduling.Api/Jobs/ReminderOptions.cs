namespace ParentPartner.Scheduling.Api.Jobs;

/// <summary>Scheduling:Reminders settings.</summary>
public sealed class ReminderOptions
{
    /// <summary>The sidecar's HTTP endpoint, e.g. http://127.0.0.1:3500; unset: reminders stay in the local inbox.</summary>
    public string? DaprHttpEndpoint { get; set; }

    /// <summary>The output binding's component name (deploy/dapr/components/reminders.yaml).</summary>
    public string Binding { get; set; } = "reminders";

    /// <summary>The sidecar's API token (DAPR_API_TOKEN), when it requires one.</summary>
    public string? DaprApiToken { get; set; }

    /// <summary>How long one instance holds a reminder while sending it; after that another may retry it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public int MaxAttempts { get; set; } = 10;
}
