using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Invoices;

/// <summary>A contractor's invoice; the document (HTML, printable to PDF) and its CSV are at the two links.</summary>
/// <param name="Id">The invoice's id.</param>
/// <param name="Number">The invoice number, unique in the program.</param>
/// <param name="PeriodId">The period it bills.</param>
/// <param name="TimesheetId">The timesheet it bills.</param>
/// <param name="SupportParentId">The contractor.</param>
/// <param name="PayDate">The period's pay date.</param>
/// <param name="Total">Amount, in US dollars.</param>
/// <param name="IssuedAt">When it was issued (UTC).</param>
/// <param name="DocumentUrl">The invoice document (HTML, printable to PDF).</param>
/// <param name="CsvUrl">The invoice as CSV.</param>
public sealed record InvoiceResponse(Guid Id, string Number, Guid PeriodId, Guid TimesheetId, Guid SupportParentId, DateOnly PayDate, decimal Total, DateTimeOffset IssuedAt, string DocumentUrl, string CsvUrl)
{
    public static InvoiceResponse From(Invoice i, string baseUrl) =>
        new(i.Id, i.DisplayNumber, i.PeriodId, i.TimesheetId, i.SupportParentId, i.PayDate, i.Total, i.IssuedAt, $"{baseUrl}/invoices/{i.Id}/document", $"{baseUrl}/invoices/{i.Id}/csv");
}
