using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>
/// One approved revision of a program's annual alliance report, exactly as it was sent (owned by reporting;
/// a rebuild never touches it). (ProgramId, Year, Revision) is unique: a concurrent second approval conflicts.
/// </summary>
public sealed class AnnualReportSubmission : IProgramOwned
{
    public Guid SubmissionId { get; set; }

    public required string ProgramId { get; set; }

    public int Year { get; set; }

    public int Revision { get; set; }

    public required string StateCode { get; set; }

    public required string ProgramName { get; set; }

    public required string ProgramKind { get; set; }

    public DateTimeOffset ApprovedAt { get; set; }

    public string? ApprovedBy { get; set; }

    /// <summary>The figures sent, as JSON (name, value, suppressed).</summary>
    public required string Figures { get; set; }
}
