using ParentPartner.AllianceHub.Api.Domain;

namespace ParentPartner.AllianceHub.Api.Features.Submissions;

/// <summary>One submission with its figures, the reasons it was rejected (if it was) and the answer's comment.</summary>
/// <param name="Id">The hub's own id for this revision.</param>
/// <param name="SubmissionId">The state's id for this revision, echoed in the answer.</param>
/// <param name="StateCode">Two-letter USPS state code.</param>
/// <param name="ProgramId">The program's id in its state.</param>
/// <param name="ProgramName">The program's name.</param>
/// <param name="ProgramKind">p2p or child-welfare.</param>
/// <param name="Year">The calendar year reported.</param>
/// <param name="Revision">This revision's number (1, 2…).</param>
/// <param name="LatestRevision">The newest revision received for the program and year; above Revision means this one is replaced.</param>
/// <param name="Status">pending, accepted, returned or rejected.</param>
/// <param name="SubmittedAt">When the state approved and sent it (UTC).</param>
/// <param name="ReceivedAt">When the hub received it (UTC).</param>
/// <param name="AnsweredAt">When an analyst (or the checks) answered it (UTC); null while pending.</param>
/// <param name="Comment">The analyst's comment with the answer; null when none.</param>
/// <param name="Problems">Why the hub's checks rejected it; empty unless rejected.</param>
/// <param name="Figures">The figures as sent.</param>
public sealed record SubmissionResponse(
    Guid Id,
    Guid SubmissionId,
    string StateCode,
    string ProgramId,
    string ProgramName,
    string ProgramKind,
    int Year,
    int Revision,
    int LatestRevision,
    SubmissionStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? AnsweredAt,
    string? Comment,
    IReadOnlyList<string> Problems,
    IReadOnlyList<FigureResponse> Figures)
{
    public static SubmissionResponse From(Submission s, int latestRevision) => new(
        s.Id, s.SubmissionId, s.StateCode, s.ProgramId, s.ProgramName, s.ProgramKind, s.Year, s.Revision, latestRevision,
        s.Status, s.SubmittedAt, s.ReceivedAt, s.AnsweredAt, s.Comment, s.Problems,
        [.. s.Figures.Select(f => new FigureResponse(f.Name, f.Value, f.Suppressed))]);
}
