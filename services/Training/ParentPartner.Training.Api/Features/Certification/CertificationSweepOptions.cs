namespace ParentPartner.Training.Api.Features.Certification;

/// <summary>Training:CertificationSweep settings.</summary>
public sealed class CertificationSweepOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Once a day; where a Dapr cron binding drives sweeps instead (deploy/dapr), disable this.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}
