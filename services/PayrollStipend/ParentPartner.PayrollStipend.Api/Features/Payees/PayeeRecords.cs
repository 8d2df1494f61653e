using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

/// <summary>Writes to a payee's own record, shared by the approver's and the person's endpoints.</summary>
public static class PayeeRecords
{
    public static void SetBenefit(Payee payee, BenefitRequest? request, DateTimeOffset now)
    {
        payee.BenefitKind = request?.BenefitKind;
        payee.BenefitMonthlyLevel = request?.MonthlyEarningsLevel;
        payee.BenefitConsentAt = request is null ? null : now;
        payee.UpdatedAt = now;
    }
}
