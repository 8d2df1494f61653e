using ParentPartner.Reporting.Api.Features.Settings;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>
/// A program's annual alliance report for a year: a live preview (figures and groups as the read models have
/// them now, suppression applied, each with the last approved value beside it, and the program's own detail),
/// the latest explicit <see cref="Draft"/> (what an approval sends), whether it can be approved (settings and a
/// draft not yet approved), and every approved revision with the hub's answer, newest first.
/// </summary>
/// <param name="ProgramId">The program.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Settings">The program's reporting settings.</param>
/// <param name="CanApprove">True when settings are set and the latest draft is not yet approved.</param>
/// <param name="LatestRevision">The latest approved revision; 0 when none.</param>
/// <param name="Figures">Live preview of the catalogue figures, suppression applied.</param>
/// <param name="Groups">Live preview of the groups.</param>
/// <param name="Submissions">Every approved revision, newest first.</param>
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
