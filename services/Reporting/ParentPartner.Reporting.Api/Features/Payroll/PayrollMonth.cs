namespace ParentPartner.Reporting.Api.Features.Payroll;

/// <summary>
/// One month's paid payroll (<see cref="Month"/> as yyyy-MM, the month of the payment date; null for the period's
/// total). <see cref="Payees"/> sums each batch's payee count (a person paid in two batches counts twice);
/// <see cref="Amount"/> sums the batches' totals.
/// </summary>
public sealed record PayrollMonth(
    string? Month,
    int Payments,
    int Payees,
    decimal Hours,
    decimal Amount,
    IReadOnlyDictionary<string, PaidFigure> ByEarningsCode,
    IReadOnlyDictionary<string, PaidFigure> ByEmploymentType);
