namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>The revision just approved and sent to the hub.</summary>
/// <param name="SubmissionId">The submission's id.</param>
/// <param name="ProgramId">The program.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Revision">The revision it was sent as.</param>
/// <param name="ApprovedAt">When it was approved (UTC).</param>
/// <param name="Figures">The figures sent, suppression applied.</param>
public sealed record ApprovalResponse(Guid SubmissionId, string ProgramId, int Year, int Revision, DateTimeOffset ApprovedAt, IReadOnlyList<SubmittedFigure> Figures);
