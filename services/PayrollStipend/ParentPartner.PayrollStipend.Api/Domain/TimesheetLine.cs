using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>
/// One paid line, pointing at the event it came from (<see cref="SourceType"/>, <see cref="SourceId"/>, revision and
/// the message id). An adjustment line corrects lines of an approved timesheet from a later period.
/// </summary>
public sealed class TimesheetLine : IProgramOwned
{
    public Guid Id { get; init; }
    public required string ProgramId { get; init; }
    public Guid TimesheetId { get; init; }
    public Guid SupportParentId { get; init; }
    public EarningsCode Code { get; init; }
    public DateOnly OccurredOn { get; init; }
    public decimal Quantity { get; init; }
    public decimal Rate { get; init; }
    public decimal Amount { get; init; }
    public int Minutes { get; init; }

    public SourceType SourceType { get; init; }

    /// <summary>The contact id, enrolment id or match id; for a manual adjustment, the adjustment's own id; for the monthly cap, an id derived from the person and the month.</summary>
    public Guid SourceId { get; init; }

    /// <summary>The match stipend's key within a match: the period it was earned in.</summary>
    public Guid? SourcePeriodId { get; init; }

    public int SourceRevision { get; init; }
    public Guid? SourceMessageId { get; init; }
    public Guid? MatchId { get; init; }
    public int? PolicyVersion { get; init; }

    public bool IsAdjustment { get; init; }
    public string? Reason { get; init; }
    public string? CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
