using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>Reading approved revisions (with the hub's answers) back.</summary>
public static class Submissions
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(IEnumerable<SubmittedFigure> figures) => JsonSerializer.Serialize(figures, Json);

    public static IReadOnlyList<SubmittedFigure> Figures(AnnualReportSubmission submission) =>
        JsonSerializer.Deserialize<List<SubmittedFigure>>(submission.Figures, Json) ?? [];

    /// <summary>Every approved revision for the program and year, newest first.</summary>
    public static async Task<IReadOnlyList<SubmissionResponse>> ListAsync(ReportingDbContext db, string programId, int year, CancellationToken cancellationToken)
    {
        var submissions = await db.AnnualReportSubmissions.AsNoTracking()
            .Where(s => s.ProgramId == programId && s.Year == year)
            .OrderByDescending(s => s.Revision)
            .ToListAsync(cancellationToken);
        var ids = submissions.Select(s => s.SubmissionId).ToList();
        var answers = await db.AnnualReportAnswers.AsNoTracking()
            .Where(a => a.ProgramId == programId && ids.Contains(a.SubmissionId))
            .ToDictionaryAsync(a => a.SubmissionId, cancellationToken);
        return [.. submissions.Select(s => new SubmissionResponse(
            s.SubmissionId, s.Revision, s.ApprovedAt, s.ApprovedBy, s.StateCode, s.ProgramName, s.ProgramKind, Figures(s),
            answers.TryGetValue(s.SubmissionId, out var answer) ? new AnswerResponse(answer.Decision, answer.Comment, answer.AnsweredAt) : null))];
    }
}
