using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Projections;

/// <summary>The hub's answers onto <see cref="AnnualReportAnswer"/>, keyed by the submission they answer.</summary>
public static class AnswerProjection
{
    public static Task AnsweredAsync(ReportingDbContext db, AnnualReportAnswered message, CancellationToken cancellationToken)
    {
        var decision = Vocabulary.Kebab(message.Decision);
        var text = message.Comment is { Length: > 2000 } longer ? longer[..2000] : message.Comment;
        var comment = new NpgsqlParameter("comment", NpgsqlDbType.Text) { Value = (object?)text ?? DBNull.Value };
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO report_annual_answers (program_id, submission_id, year, revision, decision, comment, answered_at)
            VALUES ({message.ProgramId}, {message.SubmissionId}, {message.Year}, {message.Revision}, {decision}, {comment}, {message.AnsweredAt.ToUniversalTime()})
            ON CONFLICT (program_id, submission_id) DO UPDATE SET
                year = EXCLUDED.year, revision = EXCLUDED.revision, decision = EXCLUDED.decision, comment = EXCLUDED.comment, answered_at = EXCLUDED.answered_at
            WHERE report_annual_answers.answered_at <= EXCLUDED.answered_at
            """,
            cancellationToken);
    }
}
