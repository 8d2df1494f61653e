using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Training;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Projections;

/// <summary>TrainingAttended onto <see cref="ReportedTraining"/>: one row per enrolment, the latest record wins.</summary>
public static class TrainingProjection
{
    public static Task AttendedAsync(ReportingDbContext db, TrainingAttended message, CancellationToken cancellationToken)
    {
        var courseCode = Vocabulary.Kebab(message.CourseCode);
        var courseKind = Vocabulary.Kebab(message.CourseKind);
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO report_trainings (program_id, enrolment_id, support_parent_id, course_code, course_kind, attended_on, hours, completed, recorded_at)
            VALUES ({message.ProgramId}, {message.EnrolmentId}, {message.SupportParentId}, {courseCode}, {courseKind}, {message.AttendedOn},
                    {message.Hours}, {message.Completed}, {message.RecordedAt.ToUniversalTime()})
            ON CONFLICT (program_id, enrolment_id) DO UPDATE SET
                support_parent_id = EXCLUDED.support_parent_id, course_code = EXCLUDED.course_code, course_kind = EXCLUDED.course_kind,
                attended_on = EXCLUDED.attended_on, hours = EXCLUDED.hours, completed = EXCLUDED.completed, recorded_at = EXCLUDED.recorded_at
            WHERE report_trainings.recorded_at <= EXCLUDED.recorded_at
            """,
            cancellationToken);
    }
}
