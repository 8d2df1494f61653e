namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>payroll-csv (employees and volunteers), invoices (contractors), billable-units (15-minute units per contact).</summary>
public enum ExportKind
{
    PayrollCsv,
    Invoices,
    BillableUnits,
}
