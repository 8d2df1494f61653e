using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>One payment batch from PayrollPaid (the payment id is the natural key): totals only, no person.</summary>
public sealed class ReportedPayment : IProgramOwned
{
    public required string ProgramId { get; set; }

    public Guid PaymentId { get; set; }

    public Guid PeriodId { get; set; }

    /// <summary>The payment date on the program's calendar: the month it is reported in.</summary>
    public DateOnly PaidOn { get; set; }

    /// <summary>How many people this batch paid (a person paid in two batches counts in each).</summary>
    public int PayeeCount { get; set; }

    public decimal TotalAmount { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
