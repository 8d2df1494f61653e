using Microsoft.EntityFrameworkCore;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Features.Certification;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Jobs;

/// <summary>
/// The daily certification sweep: lapses support parents with an overdue supplemental course, and
/// certifies or restores anyone the calendar or a settings change has moved. Idempotent (a second run
/// the same day changes nothing) and safe with several instances: a row another instance changed in
/// the meantime fails the optimistic check and the program is swept again from fresh data.
/// </summary>
public sealed class CertificationSweep(TrainingDbContext db, TrainingPrograms programs, CertificationLedger ledger, ILogger<CertificationSweep> logger)
{
    private const int Attempts = 3;

    /// <summary>Sweeps one program, or every program this service knows when <paramref name="programId"/> is null (system work).</summary>
    public async Task<CertificationSweepResult> RunAsync(DateTimeOffset now, string? programId = null, CancellationToken cancellationToken = default)
    {
        var programIds = programId is not null
            ? [programId]
            : await db.Settings.AsNoTracking().Select(s => s.ProgramId).OrderBy(id => id).ToListAsync(cancellationToken);

        var total = new CertificationSweepResult(now, 0, 0, 0, 0);
        foreach (var id in programIds)
        {
            var result = await SweepProgramAsync(id, now, cancellationToken);
            total = total with
            {
                Programs = total.Programs + 1,
                Certified = total.Certified + result.Certified,
                Lapsed = total.Lapsed + result.Lapsed,
                Restored = total.Restored + result.Restored,
            };
        }
        return total;
    }

    private async Task<CertificationSweepResult> SweepProgramAsync(string programId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var settings = await programs.SettingsAsync(programId, cancellationToken);
            var courses = await programs.ActiveCoursesAsync(programId, cancellationToken);
            var completed = await ledger.CompletedCoursesByParentAsync(programId, cancellationToken);
            var parents = await db.SupportParents
                .Where(p => p.ProgramId == programId && p.Status != SupportParentStatus.Withdrawn)
                .ToListAsync(cancellationToken);

            var changes = parents
                .Select(p => ledger.Apply(p, settings, courses, completed.GetValueOrDefault(p.Id) ?? [], now, applyLapses: true))
                .ToList();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                var result = new CertificationSweepResult(now, 1,
                    changes.Count(c => c == CertificationChange.Certify),
                    changes.Count(c => c == CertificationChange.Lapse),
                    changes.Count(c => c == CertificationChange.Restore));
                logger.LogInformation("Certification sweep of {ProgramId}: {Certified} certified, {Lapsed} lapsed, {Restored} restored",
                    programId, result.Certified, result.Lapsed, result.Restored);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                logger.LogInformation("Certification sweep of {ProgramId} met a concurrent change (attempt {Attempt}); sweeping again", programId, attempt);
            }
        }
    }
}
