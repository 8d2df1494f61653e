using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.PayrollStipend.Api.Consumers;

/// <summary>Training owns the employment type; payroll keeps the newest it has seen (events may arrive out of order).</summary>
public static class PayeeUpdates
{
    public static void EmploymentType(Payee payee, string wire, DateTimeOffset asOf)
    {
        if (!KebabEnum.TryParse<EmploymentType>(wire, out var type) || payee.EmploymentTypeAsOf >= asOf)
        {
            return;
        }
        payee.EmploymentType = type;
        payee.EmploymentTypeAsOf = asOf;
        payee.UpdatedAt = asOf;
    }
}
