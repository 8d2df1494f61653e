namespace ParentPartner.Contracts.Payroll;

/// <summary>
/// One earnings code's share of a payment: code (court-hearing, family-team-meeting, one-to-one, phone,
/// support-group, training, other, mileage, match-stipend, training-stipend, monthly-cap, adjustment), with
/// employment type (employee, contractor, volunteer), hours (0 for codes not paid by the hour) and amount in USD.
/// </summary>
public sealed record PaidEarnings
{
    /// <summary>The payment's program (every contract carries it).</summary>
    public required string ProgramId { get; init; }

    public required string Code { get; init; }
    public required string EmploymentType { get; init; }
    public required decimal Hours { get; init; }
    public required decimal Amount { get; init; }
}
