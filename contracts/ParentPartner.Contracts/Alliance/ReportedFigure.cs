namespace ParentPartner.Contracts.Alliance;

/// <summary>
/// One figure of an annual report. Small-cell suppression: a count from 1 to 10 is never sent; it travels
/// as Suppressed = true with Value = null (0 is shown). The names come from the fixed national catalogue
/// below. ProgramId repeats the report's own (every contract record carries it).
/// </summary>
public sealed record ReportedFigure
{
    public const string ReferralsReceived = "referrals-received";
    public const string InformationRequests = "information-requests";
    public const string MatchesMade = "matches-made";
    public const string MatchesActiveAtYearEnd = "matches-active-at-year-end";
    public const string SupportParentsActive = "support-parents-active";
    public const string TrainingsCompleted = "trainings-completed";

    /// <summary>Outcome figures count the year's matches made that ended in the year, by end reason; together they never exceed <see cref="MatchesMade"/>.</summary>
    public const string OutcomeGoalsMet = "outcome-goals-met";
    public const string OutcomeFamilyWithdrew = "outcome-family-withdrew";
    public const string OutcomeReunified = "outcome-reunified";
    public const string OutcomeCaseClosed = "outcome-case-closed";
    public const string OutcomeOther = "outcome-other";

    /// <summary>Counts from 1 up to this value are suppressed; 0 and larger counts are shown.</summary>
    public const int SmallCellLimit = 10;

    /// <summary>The national catalogue, in the order reports and tables show it.</summary>
    public static IReadOnlyList<string> Catalogue { get; } =
    [
        ReferralsReceived, InformationRequests, MatchesMade, MatchesActiveAtYearEnd, SupportParentsActive, TrainingsCompleted,
        OutcomeGoalsMet, OutcomeFamilyWithdrew, OutcomeReunified, OutcomeCaseClosed, OutcomeOther,
    ];

    /// <summary>The outcome figures (match end reasons).</summary>
    public static IReadOnlyList<string> Outcomes { get; } = [OutcomeGoalsMet, OutcomeFamilyWithdrew, OutcomeReunified, OutcomeCaseClosed, OutcomeOther];

    public required string ProgramId { get; init; }

    /// <summary>A name from <see cref="Catalogue"/>.</summary>
    public required string Name { get; init; }

    /// <summary>The count; null when <see cref="Suppressed"/>.</summary>
    public int? Value { get; init; }

    public required bool Suppressed { get; init; }

    /// <summary>A figure as the state publishes it: counts from 1 to <see cref="SmallCellLimit"/> suppressed.</summary>
    public static ReportedFigure Of(string programId, string name, int count) =>
        count is >= 1 and <= SmallCellLimit
            ? new ReportedFigure { ProgramId = programId, Name = name, Value = null, Suppressed = true }
            : new ReportedFigure { ProgramId = programId, Name = name, Value = count, Suppressed = false };
}
