using ParentPartner.AllianceHub.Api.Domain;

namespace ParentPartner.AllianceHub.Api.Features.Submissions;

/// <summary>A line of the analysts' review list. LatestRevision above Revision means a newer one replaces this.</summary>
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
public sealed record SubmissionSummary(
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
    DateTimeOffset? AnsweredAt);
