using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Common;

/// <summary>
/// A program's training settings and catalogue. Programs exist in the identity provider, not here, so a
/// program's first use seeds its settings (defaults) and its default course catalogue, once.
/// </summary>
public sealed class TrainingPrograms(TrainingDbContext db, TimeProvider clock)
{
    public async Task<TrainingSettings> SettingsAsync(string programId, CancellationToken cancellationToken)
    {
        if (await db.Settings.FirstOrDefaultAsync(s => s.ProgramId == programId, cancellationToken) is { } settings)
        {
            return settings;
        }
        await SeedAsync(programId, cancellationToken);
        return await db.Settings.FirstAsync(s => s.ProgramId == programId, cancellationToken);
    }

    public async Task<IReadOnlyList<Course>> ActiveCoursesAsync(string programId, CancellationToken cancellationToken) =>
        await db.Courses.Where(c => c.ProgramId == programId && c.RetiredAt == null).ToListAsync(cancellationToken);

    /// <summary>
    /// The settings row is the "seeded" marker: whoever inserts it adds the catalogue in the same
    /// transaction; a concurrent first request waits on the key, then finds both.
    /// </summary>
    private async Task SeedAsync(string programId, CancellationToken cancellationToken)
    {
        var now = clock.Now();
        var defaults = new TrainingSettings { ProgramId = programId, UpdatedAt = now };
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO training_settings (program_id, time_zone, eligibility_months, recovery_months, supplemental_due_days,
                                           cohort_min_seats, cohort_max_seats, default_max_caseload_per_parent, updated_at)
            VALUES ({programId}, {defaults.TimeZone}, {defaults.EligibilityMonths}, {defaults.RecoveryMonths}, {defaults.SupplementalDueDays},
                    {defaults.CohortMinSeats}, {defaults.CohortMaxSeats}, {defaults.DefaultMaxCaseloadPerParent}, {now})
            ON CONFLICT (program_id) DO NOTHING
            """,
            cancellationToken);
        if (inserted == 1)
        {
            db.Courses.AddRange(DefaultCatalogue.For(programId, now, defaults.Calendar.Today(now)));
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
