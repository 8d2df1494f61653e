namespace ParentPartner.PayrollStipend.Api.Features.TaxYears;

/// <summary>A contractor's payments in a calendar year by payment date, and whether a 1099-NEC is due.</summary>
public sealed record ContractorYearResponse(Guid SupportParentId, string? LegalName, bool W9OnFile, decimal Paid, bool AtOrOverThreshold);
