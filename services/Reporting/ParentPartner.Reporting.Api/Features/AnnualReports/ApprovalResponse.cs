namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>The revision just approved and sent to the hub.</summary>
public sealed record ApprovalResponse(Guid SubmissionId, string ProgramId, int Year, int Revision, DateTimeOffset ApprovedAt, IReadOnlyList<SubmittedFigure> Figures);
