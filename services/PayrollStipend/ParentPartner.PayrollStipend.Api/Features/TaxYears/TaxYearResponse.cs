namespace ParentPartner.PayrollStipend.Api.Features.TaxYears;

/// <summary>The 1099-NEC year-end list: the threshold for payments made in the year, and the contractors.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Threshold">The 1099-NEC threshold for the year, in dollars.</param>
/// <param name="Contractors">Every contractor paid in the year.</param>
public sealed record TaxYearResponse(int Year, decimal Threshold, IReadOnlyList<ContractorYearResponse> Contractors);
