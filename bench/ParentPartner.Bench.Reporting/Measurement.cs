namespace ParentPartner.Bench.Reporting;

/// <summary>One run: how long publishing took, and how long until reporting had applied and logged every event.</summary>
public sealed record Measurement(int Events, double PublishSeconds, double IngestSeconds, double ServiceCpuSeconds)
{
    public double EventsPerSecond => Events / IngestSeconds;

    /// <summary>The reporting process's CPU time per event, in milliseconds (PostgreSQL's and RabbitMQ's not included).</summary>
    public double CpuMillisecondsPerEvent => ServiceCpuSeconds * 1000 / Events;
}
