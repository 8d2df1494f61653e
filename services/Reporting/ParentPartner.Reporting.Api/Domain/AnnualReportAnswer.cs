using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>The hub's answer to one submitted revision (from AnnualReportAnswered; the latest answer wins).</summary>
public sealed class AnnualReportAnswer : IProgramOwned
{
    public required string ProgramId { get; set; }

    public Guid SubmissionId { get; set; }

    public int Year { get; set; }

    public int Revision { get; set; }

    /// <summary>accepted or returned.</summary>
    public required string Decision { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset AnsweredAt { get; set; }
}
