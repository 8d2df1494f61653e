namespace ParentPartner.PayrollStipend.Api.Features.TaxYears;

/// <summary>A contractor's payments in a calendar year by payment date, and whether a 1099-NEC is due.</summary>
/// <param name="SupportParentId">The contractor.</param>
/// <param name="LegalName">Legal name for the form; null when not given.</param>
/// <param name="W9OnFile">Whether a W-9 is on file.</param>
/// <param name="Paid">Paid in the year by payment date, in dollars.</param>
/// <param name="AtOrOverThreshold">True when a 1099-NEC is due.</param>
public sealed record ContractorYearResponse(Guid SupportParentId, string? LegalName, bool W9OnFile, decimal Paid, bool AtOrOverThreshold);
