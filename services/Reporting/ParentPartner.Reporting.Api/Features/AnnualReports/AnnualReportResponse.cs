using ParentPartner.Reporting.Api.Features.Settings;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>
/// A program's annual alliance report for a year: a live preview (figures and groups as the read models have
/// them now, suppression applied, each with the last approved value beside it, and the program's own detail),
/// the latest explicit <see cref="Draft"/> (what an approval sends), whether it can be approved (settings and a
/// draft not yet approved), and every approved revision with the hub's answer, newest first.
/// </summary>
public sealed record AnnualReportResponse(
    string ProgramId,
    int Year,
    SettingsResponse Settings,
    bool CanApprove,
    int LatestRevision,
    IReadOnlyList<DraftFigure> Figures,
    IReadOnlyList<DraftGroup> Groups,
    IReadOnlyList<SubmissionResponse> Submissions)
{
    public AnnualDetails? Details { get; init; }

    public DraftResponse? Draft { get; init; }
}
