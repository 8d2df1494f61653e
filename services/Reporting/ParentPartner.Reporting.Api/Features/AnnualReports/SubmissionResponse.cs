namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>An approved revision as it was sent, and the hub's answer once it arrived.</summary>
/// <param name="SubmissionId">The submission's id (echoed by the hub).</param>
/// <param name="Revision">Its revision number (1, 2…).</param>
/// <param name="ApprovedAt">When it was approved and sent (UTC).</param>
/// <param name="ApprovedBy">Who approved it (account subject).</param>
/// <param name="StateCode">Two-letter USPS state code sent.</param>
/// <param name="ProgramName">Program name sent.</param>
/// <param name="ProgramKind">p2p or child-welfare.</param>
/// <param name="Figures">The figures as sent.</param>
/// <param name="Answer">The hub's answer; null until it arrives.</param>
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
