using ParentPartner.Reporting.Api.Features.Settings;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>
/// A program's annual alliance report for a year: the current draft (figures and groups, suppression
/// applied, each with the last approved value beside it), whether it can be approved (settings present), and
/// every approved revision with the hub's answer, newest first.
/// </summary>
public sealed record AnnualReportResponse(
    string ProgramId,
    int Year,
    SettingsResponse Settings,
    bool CanApprove,
    int LatestRevision,
    IReadOnlyList<DraftFigure> Figures,
    IReadOnlyList<DraftGroup> Groups,
    IReadOnlyList<SubmissionResponse> Submissions);
