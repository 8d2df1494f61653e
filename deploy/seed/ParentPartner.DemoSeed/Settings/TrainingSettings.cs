namespace ParentPartner.DemoSeed.Settings;

/// <summary>A program's training settings: the body of PUT /api/training/programs/{id}/settings, and what GET shows.</summary>
public sealed record TrainingSettings(
    string TimeZone, int EligibilityMonths, int RecoveryMonths, int SupplementalDueDays, int CohortMinSeats, int CohortMaxSeats, int DefaultMaxCaseload)
{
    /// <summary>What training starts every program with (its published-practice defaults).</summary>
    public static readonly TrainingSettings Defaults = new("America/Chicago", 12, 12, 365, 8, 12, 15);
}
