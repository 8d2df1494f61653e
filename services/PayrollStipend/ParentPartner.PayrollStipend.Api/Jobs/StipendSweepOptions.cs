namespace ParentPartner.PayrollStipend.Api.Jobs;

/// <summary>Payroll:StipendSweep settings.</summary>
public sealed class StipendSweepOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Once a day; where a Dapr cron binding drives sweeps instead (deploy/dapr), disable this.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);
}
