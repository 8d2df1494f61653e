using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>
/// An explicit draft of a program's annual alliance report: the year's counts frozen when the admin asked for
/// the draft, over the year as the program's calendar has it (1 January to 31 December in its time zone). The
/// admin reviews this draft and approves it; approval sends exactly these counts. Reporting's own record (a
/// rebuild never touches it).
/// </summary>
public sealed class AnnualReportDraftSnapshot : IProgramOwned
{
    public Guid DraftId { get; set; }

    public required string ProgramId { get; set; }

    public int Year { get; set; }

    /// <summary>The IANA zone the year's bounds were taken in.</summary>
    public required string TimeZone { get; set; }

    public DateTimeOffset PeriodStart { get; set; }

    /// <summary>Exclusive: midnight at the start of 1 January of the next year, in <see cref="TimeZone"/>.</summary>
    public DateTimeOffset PeriodEnd { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }

    /// <summary>The catalogue counts (AnnualCounts) as JSON, before suppression.</summary>
    public required string Counts { get; set; }

    /// <summary>The program's own detail beside them (the information-request tally, outcomes) as JSON; never sent to the hub.</summary>
    public required string Details { get; set; }

    /// <summary>The submission this draft was approved as, once it was.</summary>
    public Guid? SubmissionId { get; set; }

    public int? ApprovedRevision { get; set; }
}
