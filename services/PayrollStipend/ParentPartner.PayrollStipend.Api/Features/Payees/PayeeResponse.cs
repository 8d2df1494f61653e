using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

/// <summary>Payroll's own record of a support parent (never published in an event).</summary>
public sealed record PayeeResponse(Guid SupportParentId, EmploymentType EmploymentType, string? LegalName, bool W9OnFile, bool HasAccount, BenefitResponse? Benefit)
{
    public static PayeeResponse From(Payee p) => new(p.SupportParentId, p.EmploymentType, p.LegalName, p.W9OnFile, p.UserSubject is not null, BenefitResponse.From(p));
}
