using ParentPartner.Contracts.Alliance;

namespace ParentPartner.Testing.Builders.Reporting;

/// <summary>The hub's answer to a state's submission, as the federation link brings it home.</summary>
public static class AnnualReportAnsweredBuilder
{
    public static AnnualReportAnswered For(AnnualReportSubmitted submission, string decision, string? comment = null, DateTimeOffset? at = null) => new()
    {
        SubmissionId = submission.SubmissionId,
        ProgramId = submission.ProgramId,
        StateCode = submission.StateCode,
        Year = submission.Year,
        Revision = submission.Revision,
        Decision = decision,
        Comment = comment,
        AnsweredAt = at ?? DateTimeOffset.UtcNow,
    };
}
