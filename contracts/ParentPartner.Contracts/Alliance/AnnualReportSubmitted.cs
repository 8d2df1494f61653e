namespace ParentPartner.Contracts.Alliance;

/// <summary>
/// A state program's annual figures for the national alliance, approved by the state's program admin and
/// sent to the hub through the federation link (the only message besides the answer that crosses it).
/// De-identified aggregates only: counts, small cells already suppressed by the state. The hub keys it by
/// (StateCode, ProgramId, Year, Revision): a resent copy never counts twice, and a higher Revision for the
/// same program and year replaces a lower one once accepted.
/// Wire identity is namespace + type name: never rename, additive changes only.
/// </summary>
public sealed record AnnualReportSubmitted : IProgramEvent
{
    /// <summary>ProgramKind of a Parent to Parent program (special health care needs, disability, mental health).</summary>
    public const string ParentToParent = "p2p";

    /// <summary>ProgramKind of a child-welfare parent partner program.</summary>
    public const string ChildWelfare = "child-welfare";

    /// <summary>
    /// The jurisdictions that can run a state deployment (values of StateCode): 50 states, DC and the five inhabited
    /// territories, USPS codes. One list for both ends of the link: a state configures its code, the hub checks it.
    /// </summary>
    public static IReadOnlySet<string> KnownStateCodes { get; } = new SortedSet<string>(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP",
    };

    /// <summary>Two ASCII letters, upper-cased; null when the value cannot be a state code at all.</summary>
    public static string? NormaliseStateCode(string? value) =>
        value is { Length: 2 } && value.All(char.IsAsciiLetter) ? value.ToUpperInvariant() : null;

    /// <summary>Minted by the state for this revision; resending the same revision keeps it.</summary>
    public required Guid SubmissionId { get; init; }

    /// <summary>Two-letter USPS code of the state or territory (IA, NE, PR…).</summary>
    public required string StateCode { get; init; }

    public required string ProgramId { get; init; }

    public required string ProgramName { get; init; }

    /// <summary><see cref="ParentToParent"/> or <see cref="ChildWelfare"/>.</summary>
    public required string ProgramKind { get; init; }

    /// <summary>The calendar year the figures cover.</summary>
    public required int Year { get; init; }

    /// <summary>1 for the first submission of a year; each correction sends the next number.</summary>
    public required int Revision { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    /// <summary>Every figure of the catalogue (<see cref="ReportedFigure.Catalogue"/>) exactly once, zeros included.</summary>
    public required IReadOnlyList<ReportedFigure> Figures { get; init; }
}
