namespace ParentPartner.PayrollStipend.Api.Features.Exports;

/// <summary>The rows of the files payroll writes (column names are the property names).</summary>
public static class ExportRows
{
    /// <summary>Payroll CSV: one row per person and earnings code.</summary>
    public sealed record PayrollRow(string period_start, string period_end, string pay_date, Guid support_parent_id, string legal_name, string employment_type, string earnings_code, decimal hours, decimal quantity, decimal amount);

    /// <summary>The invoices batch: one row per invoice.</summary>
    public sealed record InvoiceRow(string invoice_number, Guid support_parent_id, string legal_name, string period_start, string period_end, string pay_date, decimal total);

    /// <summary>An invoice's own CSV: one row per line.</summary>
    public sealed record InvoiceLineRow(string invoice_number, string date, string earnings_code, decimal quantity, decimal rate, decimal amount, string source, Guid source_id, bool adjustment);

    /// <summary>Billable units: one row per contact.</summary>
    public sealed record UnitRow(string service_date, Guid support_parent_id, Guid? match_id, Guid contact_id, string procedure_code, int minutes, int units);
}
