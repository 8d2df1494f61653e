namespace ParentPartner.PayrollStipend.Api.Features.TaxYears;

/// <summary>The 1099-NEC year-end list: the threshold for payments made in the year, and the contractors.</summary>
public sealed record TaxYearResponse(int Year, decimal Threshold, IReadOnlyList<ContractorYearResponse> Contractors);
