namespace ParentPartner.Contracts.Alliance;

/// <summary>
/// The national hub's answer to one <see cref="AnnualReportSubmitted"/>: accepted into the national figures,
/// or returned to the state with the reason (by an analyst, or automatically when the report failed the
/// hub's checks). The hub sends it back over the federation link to the submitting state only.
/// Wire identity is namespace + type name: never rename, additive changes only.
/// </summary>
public sealed record AnnualReportAnswered : IProgramEvent
{
    public const string Accepted = "accepted";
    public const string Returned = "returned";

    /// <summary>The state's SubmissionId of the answered report.</summary>
    public required Guid SubmissionId { get; init; }

    public required string ProgramId { get; init; }

    public required string StateCode { get; init; }

    public required int Year { get; init; }

    public required int Revision { get; init; }

    /// <summary><see cref="Accepted"/> or <see cref="Returned"/>.</summary>
    public required string Decision { get; init; }

    /// <summary>The analyst's comment, or the failed checks of an automatic return; null when none.</summary>
    public string? Comment { get; init; }

    public required DateTimeOffset AnsweredAt { get; init; }
}
