using ParentPartner.Contracts.Alliance;

namespace ParentPartner.AllianceHub.Api.Domain;

/// <summary>
/// One revision of a program's annual report as the hub received it. Keyed naturally by
/// (StateCode, ProgramId, Year, Revision): a second copy of the same key is the same submission. Holds
/// aggregates only; no person, not even the analyst who decided, is recorded here.
/// </summary>
public sealed class Submission
{
    public const int ProgramIdLength = 64;
    public const int ProgramNameLength = 200;
    public const int ProgramKindLength = 20;
    public const int CommentLength = 2000;
    public const int MaxFigures = 50;

    /// <summary>The hub's own id (the state's SubmissionId is not trusted to be unique across states).</summary>
    public Guid Id { get; set; }

    /// <summary>The state's id for this revision, echoed in the answer.</summary>
    public Guid SubmissionId { get; set; }

    public required string StateCode { get; set; }

    public required string ProgramId { get; set; }

    public required string ProgramName { get; set; }

    public required string ProgramKind { get; set; }

    public int Year { get; set; }

    public int Revision { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public SubmissionStatus Status { get; set; }

    public List<SubmittedFigure> Figures { get; set; } = [];

    /// <summary>Why the hub's checks rejected it (empty unless <see cref="SubmissionStatus.Rejected"/>).</summary>
    public List<string> Problems { get; set; } = [];

    /// <summary>The analyst's comment, or the summary of an automatic return.</summary>
    public string? Comment { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>PostgreSQL's xmin: two analysts deciding at once cannot both win.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// A received report as stored, also when rejected (the analyst sees what came): names clipped to the
    /// column sizes, and only catalogue figures kept, so no free text arrives through a figure's name.
    /// </summary>
    public static Submission Receive(AnnualReportSubmitted message, SubmissionKey key, DateTimeOffset now, IReadOnlyList<string> problems) => new()
    {
        Id = Guid.CreateVersion7(now),
        SubmissionId = message.SubmissionId,
        StateCode = key.StateCode,
        ProgramId = key.ProgramId,
        ProgramName = Clip(message.ProgramName, ProgramNameLength),
        ProgramKind = Clip(message.ProgramKind, ProgramKindLength),
        Year = key.Year,
        Revision = key.Revision,
        SubmittedAt = message.SubmittedAt,
        ReceivedAt = now,
        Status = problems.Count == 0 ? SubmissionStatus.Pending : SubmissionStatus.Rejected,
        Figures = [.. (message.Figures ?? []).Where(f => f is not null && ReportedFigure.Catalogue.Contains(f.Name)).Take(MaxFigures).Select(f => new SubmittedFigure
        {
            Name = f.Name,
            Value = f.Value,
            Suppressed = f.Suppressed,
        })],
        Problems = [.. problems],
    };

    public SubmissionKey Key => new(StateCode, ProgramId, Year, Revision);

    /// <summary>
    /// Makes this revision the national record for its program and year: <paramref name="current"/> (the
    /// published figures of the key, tracked) are updated in place, added or removed to match this revision.
    /// </summary>
    public void Publish(ICollection<PublishedFigure> current, Action<PublishedFigure> add, Action<PublishedFigure> remove)
    {
        var byName = current.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var figure in Figures)
        {
            if (!byName.Remove(figure.Name, out var published))
            {
                published = new PublishedFigure { Year = Year, StateCode = StateCode, ProgramId = ProgramId, Name = figure.Name };
                add(published);
            }
            published.Value = figure.Suppressed ? null : figure.Value;
            published.Suppressed = figure.Suppressed;
            published.Revision = Revision;
            published.SubmissionId = Id;
        }
        foreach (var stale in byName.Values)
        {
            remove(stale);
        }
    }

    /// <summary>Records the answer; the caller publishes what <see cref="Answer"/> returns through the outbox.</summary>
    public AnnualReportAnswered Answer(SubmissionStatus outcome, string? comment, DateTimeOffset now)
    {
        Status = outcome;
        Comment = comment is null ? null : Clip(comment, CommentLength);
        AnsweredAt = now;
        return new AnnualReportAnswered
        {
            SubmissionId = SubmissionId,
            ProgramId = ProgramId,
            StateCode = StateCode,
            Year = Year,
            Revision = Revision,
            Decision = outcome == SubmissionStatus.Accepted ? AnnualReportAnswered.Accepted : AnnualReportAnswered.Returned,
            Comment = Comment,
            AnsweredAt = now,
        };
    }

    private static string Clip(string? value, int length) =>
        value is null ? "" : value.Length <= length ? value : value[..length];
}
