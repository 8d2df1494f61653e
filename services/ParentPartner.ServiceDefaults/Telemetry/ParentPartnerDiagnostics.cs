using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ParentPartner.ServiceDefaults.Telemetry;

/// <summary>The project's own activity source and meter (outbox, inbox), added to every service's telemetry.</summary>
public static class ParentPartnerDiagnostics
{
    public const string ActivitySourceName = "ParentPartner";
    public const string MeterName = "ParentPartner";

    public static readonly ActivitySource ActivitySource = new(ActivitySourceName);
    public static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> OutboxPublished = Meter.CreateCounter<long>("parentpartner.outbox.published", description: "Outbox messages published to the broker");
    public static readonly Counter<long> OutboxFailed = Meter.CreateCounter<long>("parentpartner.outbox.failed", description: "Outbox publish attempts that failed and will be retried");
    public static readonly Counter<long> InboxDuplicates = Meter.CreateCounter<long>("parentpartner.inbox.duplicates", description: "Redelivered messages skipped by the inbox");
}
