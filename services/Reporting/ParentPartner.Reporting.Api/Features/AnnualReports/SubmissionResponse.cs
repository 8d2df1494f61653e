namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>An approved revision as it was sent, and the hub's answer once it arrived.</summary>
public sealed record SubmissionResponse(
    Guid SubmissionId,
    int Revision,
    DateTimeOffset ApprovedAt,
    string? ApprovedBy,
    string StateCode,
    string ProgramName,
    string ProgramKind,
    IReadOnlyList<SubmittedFigure> Figures,
    AnswerResponse? Answer);
