namespace ParentPartner.Reporting.Api.Features.Payroll;

/// <summary>Paid hours (0 for codes not paid by the hour) and amount in USD of one earnings code or employment type.</summary>
public sealed record PaidFigure(decimal Hours, decimal Amount);
