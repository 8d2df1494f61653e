namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>
/// An explicit draft as the admin reviews it: the year's figures frozen when it was made, over the year in the
/// program's time zone (<see cref="PeriodStart"/> to <see cref="PeriodEnd"/>, exclusive), suppression applied
/// and the last approved value beside each; the program's own detail (the information-request tally, re-entry
/// outcomes) that is never sent; and, once approved, the revision it was sent as.
/// </summary>
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
