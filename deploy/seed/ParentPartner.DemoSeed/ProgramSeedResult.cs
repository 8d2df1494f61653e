using ParentPartner.DemoSeed.Referrals;
using ParentPartner.DemoSeed.Settings;
using ParentPartner.DemoSeed.Training;

namespace ParentPartner.DemoSeed;

/// <summary>What seeding one program did; <see cref="Error"/> when it stopped part-way (the next run finishes it).</summary>
public sealed record ProgramSeedResult(
    string ProgramId, SettingsSeedResult? Settings, ReferralSeedResult? Referrals, TrainingSeedResult? Training, FollowUp.FollowUpSeedResult? FollowUp, Payroll.PayrollSeedResult? Payroll, TimeSpan Took, string? Error)
{
    /// <summary>Everything this run wrote: settings, referrals, status changes, applications, cohorts, seats, attendance records, matches, appointments, contacts, the feed, payroll set-up and submissions.</summary>
    public int Writes =>
        (Settings?.Written ?? 0) + (Referrals?.Submitted ?? 0) + (Referrals?.StatusChanges ?? 0)
        + (Training is { } t ? t.Applied + t.Cohorts + t.Seats + t.AttendanceRecords : 0)
        + (FollowUp?.Writes ?? 0) + (Payroll?.Writes ?? 0);
}
