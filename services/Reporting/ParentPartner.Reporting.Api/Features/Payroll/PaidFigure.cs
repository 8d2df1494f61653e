namespace ParentPartner.Reporting.Api.Features.Payroll;

/// <summary>Paid hours (0 for codes not paid by the hour) and amount in USD of one earnings code or employment type.</summary>
/// <param name="Hours">Paid hours; 0 for codes not paid by the hour.</param>
/// <param name="Amount">Paid amount, in US dollars.</param>
public sealed record PaidFigure(decimal Hours, decimal Amount);
