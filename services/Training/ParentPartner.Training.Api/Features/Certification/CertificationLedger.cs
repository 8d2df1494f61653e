using Microsoft.EntityFrameworkCore;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Events;

namespace ParentPartner.Training.Api.Features.Certification;

/// <summary>
/// Moves a support parent's certification as the rules say and publishes the matching event through the
/// outbox, in the caller's unit of work. Every path that can change certification comes through here:
/// a completed course, a retired course, a profile change, the daily sweep.
/// </summary>
public sealed class CertificationLedger(TrainingDbContext db)
{
    public async Task<IReadOnlySet<Guid>> CompletedCoursesAsync(Guid supportParentId, CancellationToken cancellationToken) =>
        await db.Enrolments.Where(e => e.SupportParentId == supportParentId && e.Completed)
            .Select(e => e.CourseId).Distinct().ToHashSetAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, HashSet<Guid>>> CompletedCoursesByParentAsync(string programId, CancellationToken cancellationToken) =>
        (await db.Enrolments.Where(e => e.ProgramId == programId && e.Completed)
            .Select(e => new { e.SupportParentId, e.CourseId }).Distinct().ToListAsync(cancellationToken))
        .GroupBy(e => e.SupportParentId)
        .ToDictionary(g => g.Key, g => g.Select(e => e.CourseId).ToHashSet());

    /// <summary>Reassesses eligibility, then certifies, restores or (only when <paramref name="applyLapses"/>) lapses.</summary>
    public CertificationChange Apply(
        SupportParent parent,
        TrainingSettings settings,
        IReadOnlyList<Course> activeCourses,
        IReadOnlySet<Guid> completedCourseIds,
        DateTimeOffset now,
        bool applyLapses)
    {
        if (parent.Status == SupportParentStatus.Withdrawn)
        {
            return CertificationChange.None;
        }

        var today = settings.Calendar.Today(now);
        parent.Record(parent.Assess(settings, today));
        var change = CertificationRules.Evaluate(parent.Status, parent.EligibleOn, parent.CertifiedOn, activeCourses, completedCourseIds, today, settings.SupplementalDueDays, applyLapses);
        switch (change)
        {
            case CertificationChange.Certify:
                parent.Status = SupportParentStatus.Certified;
                parent.CertifiedAt = now;
                parent.CertifiedOn = today;
                db.Publish(TrainingEvents.Certified(parent, now));
                break;
            case CertificationChange.Lapse:
                var overdue = CertificationRules.Supplemental(activeCourses, completedCourseIds, parent.CertifiedOn!.Value, today, settings.SupplementalDueDays)
                    .Where(s => s.Overdue).Select(s => s.Course.Code).Order(StringComparer.Ordinal);
                parent.Status = SupportParentStatus.Lapsed;
                parent.LapsedAt = now;
                db.Publish(TrainingEvents.Lapsed(parent, overdue, now));
                break;
            case CertificationChange.Restore:
                parent.Status = SupportParentStatus.Certified;
                parent.LapsedAt = null;
                db.Publish(TrainingEvents.Restored(parent, now));
                break;
        }
        if (change != CertificationChange.None)
        {
            parent.UpdatedAt = now;
        }
        return change;
    }
}
