namespace ParentPartner.Reporting.Api.Features.Payroll;

/// <summary>
/// One month's paid payroll (<see cref="Month"/> as yyyy-MM, the month of the payment date; null for the period's
/// total). <see cref="Payees"/> sums each batch's payee count (a person paid in two batches counts twice);
/// <see cref="Amount"/> sums the batches' totals.
/// </summary>
/// <param name="Month">The payment month as yyyy-MM; null for the period's total.</param>
/// <param name="Payments">Payment batches in the month.</param>
/// <param name="Payees">People paid, summed per batch.</param>
/// <param name="Hours">Paid hours.</param>
/// <param name="Amount">Paid amount, in US dollars.</param>
/// <param name="ByEarningsCode">Hours and dollars by earnings code (kebab-case keys).</param>
/// <param name="ByEmploymentType">Hours and dollars by employment type: employee, contractor, volunteer.</param>
public sealed record PayrollMonth(
    string? Month,
    int Payments,
    int Payees,
    decimal Hours,
    decimal Amount,
    IReadOnlyDictionary<string, PaidFigure> ByEarningsCode,
    IReadOnlyDictionary<string, PaidFigure> ByEmploymentType);
