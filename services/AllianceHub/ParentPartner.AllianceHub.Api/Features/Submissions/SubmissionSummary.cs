using ParentPartner.AllianceHub.Api.Domain;

namespace ParentPartner.AllianceHub.Api.Features.Submissions;

/// <summary>A line of the analysts' review list. LatestRevision above Revision means a newer one replaces this.</summary>
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
