using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>One person's pay for one period: its lines come from events (and adjustments), its status from the workflow.</summary>
public sealed class Timesheet : IProgramOwned
{
    public Guid Id { get; init; }
    public required string ProgramId { get; init; }
    public Guid PeriodId { get; init; }
    public Guid SupportParentId { get; init; }
    public TimesheetStatus Status { get; set; }

    /// <summary>Sum of the line amounts, kept in step with the lines (the list shows it without loading lines).</summary>
    public decimal Total { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public bool SubmittedOnBehalf { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? ReturnComment { get; set; }
    public Guid? ExportId { get; set; }

    /// <summary>The billable-units file that billed this timesheet's contacts (billing is apart from paying).</summary>
    public Guid? BilledExportId { get; set; }
    public DateOnly? PaidOn { get; set; }

    /// <summary>Approved lines are immutable: from approval on, changes arrive as adjustments in a later period.</summary>
    public bool IsLocked => Status is TimesheetStatus.Approved or TimesheetStatus.Exported or TimesheetStatus.Paid;

    /// <summary>Its owner may change or submit it (a returned timesheet goes back to its owner).</summary>
    public bool IsOpen => Status is TimesheetStatus.Draft or TimesheetStatus.Returned;
}
