using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>One enrolment's attendance (the enrolment id is the natural key; the latest record wins).</summary>
public sealed class ReportedTraining : IProgramOwned
{
    public required string ProgramId { get; set; }

    public Guid EnrolmentId { get; set; }

    public Guid SupportParentId { get; set; }

    public required string CourseCode { get; set; }

    public required string CourseKind { get; set; }

    public DateOnly AttendedOn { get; set; }

    public decimal Hours { get; set; }

    public bool Completed { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
