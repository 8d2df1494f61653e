namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>
/// An explicit draft as the admin reviews it: the year's figures frozen when it was made, over the year in the
/// program's time zone (<see cref="PeriodStart"/> to <see cref="PeriodEnd"/>, exclusive), suppression applied
/// and the last approved value beside each; the program's own detail (the information-request tally, re-entry
/// outcomes) that is never sent; and, once approved, the revision it was sent as.
/// </summary>
/// <param name="DraftId">The draft's id.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="TimeZone">The IANA zone the year's bounds were taken in.</param>
/// <param name="PeriodStart">1 January, local midnight, as an instant (UTC).</param>
/// <param name="PeriodEnd">1 January of the next year, local midnight (exclusive).</param>
/// <param name="CreatedAt">When the draft was made (UTC); its figures are as of then.</param>
/// <param name="CreatedBy">Who made it (account subject).</param>
/// <param name="Figures">The catalogue figures, suppression applied.</param>
/// <param name="Groups">Figures that add up to a total, suppressed together.</param>
/// <param name="Details">The program's own detail, never sent.</param>
/// <param name="ApprovedRevision">The revision it was approved as; null until approved.</param>
/// <param name="SubmissionId">The submission it was sent as; null until approved.</param>
public sealed record DraftResponse(
    Guid DraftId,
    int Year,
    string TimeZone,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    DateTimeOffset CreatedAt,
    string? CreatedBy,
    IReadOnlyList<DraftFigure> Figures,
    IReadOnlyList<DraftGroup> Groups,
    AnnualDetails? Details,
    int? ApprovedRevision,
    Guid? SubmissionId)
{
    /// <summary>False for a draft of a year still running in the program's time zone: its figures are as of <see cref="CreatedAt"/>, not the year's end.</summary>
    public bool YearEnded => CreatedAt >= PeriodEnd;
}
