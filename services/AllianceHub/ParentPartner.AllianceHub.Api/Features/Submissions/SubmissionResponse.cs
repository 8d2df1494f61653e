using ParentPartner.AllianceHub.Api.Domain;

namespace ParentPartner.AllianceHub.Api.Features.Submissions;

/// <summary>One submission with its figures, the reasons it was rejected (if it was) and the answer's comment.</summary>
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
