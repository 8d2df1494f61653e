using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Invoices;

/// <summary>An invoice's document or CSV as a download (the staff and the contractor's own routes answer the same).</summary>
public static class InvoiceFiles
{
    public static IResult Document(Invoice invoice) => Results.Content(invoice.Html, "text/html; charset=utf-8");

    public static IResult CsvFile(Invoice invoice) => Results.File(System.Text.Encoding.UTF8.GetBytes(invoice.Csv), "text/csv", $"{invoice.DisplayNumber}.csv");

    public static IResult As(Invoice invoice, string format) => format == "csv" ? CsvFile(invoice) : Document(invoice);
}
