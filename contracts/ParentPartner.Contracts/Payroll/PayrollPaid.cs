namespace ParentPartner.Contracts.Payroll;

/// <summary>
/// Pay for a program's period was recorded as paid: hours and amounts per earnings code, for reporting's paid hours
/// and amounts per program and month (the month of <see cref="PaidOn"/>). Totals only: no person, no family.
/// Published once per payment batch (<see cref="PaymentId"/> is a natural key).
/// </summary>
public sealed record PayrollPaid : IProgramEvent
{
    public required Guid PaymentId { get; init; }
    public required string ProgramId { get; init; }
    public required Guid PeriodId { get; init; }
    public required DateOnly PeriodStartsOn { get; init; }
    public required DateOnly PeriodEndsOn { get; init; }

    /// <summary>The payment date (program's time zone); reporting files the figures under its month.</summary>
    public required DateOnly PaidOn { get; init; }

    /// <summary>How many people were paid in this batch.</summary>
    public required int PayeeCount { get; init; }

    public required IReadOnlyList<PaidEarnings> Earnings { get; init; }
    public required decimal TotalAmount { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
}
