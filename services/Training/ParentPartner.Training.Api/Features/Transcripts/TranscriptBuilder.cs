using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Transcripts;

/// <summary>Builds a transcript; staff and the support parent themself see the same one.</summary>
public sealed class TranscriptBuilder(TrainingDbContext db, TimeProvider clock)
{
    public async Task<TranscriptResponse> BuildAsync(SupportParent parent, TrainingSettings settings, CancellationToken cancellationToken)
    {
        var today = settings.Calendar.Today(clock.Now());
        var sessions = await (
                from e in db.Enrolments.AsNoTracking()
                join c in db.Cohorts.AsNoTracking() on e.CohortId equals c.Id
                join k in db.Courses.AsNoTracking() on e.CourseId equals k.Id
                where e.SupportParentId == parent.Id
                orderby c.StartsAt, e.Id
                select new { Enrolment = e, Cohort = c, Course = k })
            .ToListAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking().Where(c => c.ProgramId == parent.ProgramId).OrderBy(c => c.AddedAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);

        var completedOn = sessions.Where(s => s.Enrolment.Completed)
            .GroupBy(s => s.Course.Id)
            .ToDictionary(g => g.Key, g => g.Min(s => settings.Calendar.DateOf(s.Cohort.StartsAt)));
        var completedIds = completedOn.Keys.ToHashSet();
        var due = parent.CertifiedOn is { } certifiedOn
            ? CertificationRules.Supplemental(courses, completedIds, certifiedOn, today, settings.SupplementalDueDays).ToDictionary(s => s.Course.Id)
            : [];

        // Retired courses only matter where the person took them.
        var standings = courses
            .Where(c => !c.IsRetired || completedIds.Contains(c.Id))
            .Select(c => new TranscriptResponse.CourseStanding(
                c.Id, c.Code, c.Title, c.Kind, c.IsRetired,
                completedIds.Contains(c.Id),
                completedOn.TryGetValue(c.Id, out var on) ? on.ToDateOnly() : null,
                due.TryGetValue(c.Id, out var d) ? d.DueOn.ToDateOnly() : null,
                due.TryGetValue(c.Id, out var o) && o.Overdue))
            .ToList();
        var records = sessions.Select(s => new TranscriptResponse.SessionRecord(
                s.Enrolment.Id, s.Cohort.Id, s.Course.Id, s.Course.Code, s.Cohort.StartsAt, settings.Calendar.Local(s.Cohort.StartsAt),
                s.Enrolment.Status, s.Enrolment.Attended, s.Enrolment.Hours, s.Enrolment.Completed))
            .ToList();

        return new TranscriptResponse(
            parent.Id,
            parent.ProgramId,
            parent.Status,
            parent.CertifiedOn?.ToDateOnly(),
            parent.LapsedAt,
            sessions.Sum(s => s.Enrolment.Hours ?? 0m),
            standings,
            records);
    }
}
