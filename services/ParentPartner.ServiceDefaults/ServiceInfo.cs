namespace ParentPartner.ServiceDefaults;

/// <summary>The running service's short name (e.g. "referral"): telemetry resource, queue prefix, default database name.</summary>
public sealed record ServiceInfo(string Name);
