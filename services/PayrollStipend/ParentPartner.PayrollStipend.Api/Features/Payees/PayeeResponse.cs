using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

/// <summary>Payroll's own record of a support parent (never published in an event).</summary>
/// <param name="SupportParentId">The support parent.</param>
/// <param name="EmploymentType">How they are paid: employee, contractor or volunteer.</param>
/// <param name="LegalName">Their legal name for tax forms; null when not given.</param>
/// <param name="W9OnFile">Whether a W-9 is on file (contractors).</param>
/// <param name="HasAccount">Whether their login is linked (they can see their own timesheets).</param>
/// <param name="Benefit">A benefit they told payroll about; null when none.</param>
public sealed record PayeeResponse(Guid SupportParentId, EmploymentType EmploymentType, string? LegalName, bool W9OnFile, bool HasAccount, BenefitResponse? Benefit)
{
    public static PayeeResponse From(Payee p) => new(p.SupportParentId, p.EmploymentType, p.LegalName, p.W9OnFile, p.UserSubject is not null, BenefitResponse.From(p));
}
