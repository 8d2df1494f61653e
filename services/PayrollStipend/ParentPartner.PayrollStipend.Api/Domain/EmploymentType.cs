namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>How a support parent is paid: wages (payroll CSV), invoices (1099-NEC) or reimbursement only.</summary>
public enum EmploymentType
{
    Employee,
    Contractor,
    Volunteer,
}
