using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Invoices;

/// <summary>A contractor's invoice; the document (HTML, printable to PDF) and its CSV are at the two links.</summary>
public sealed record InvoiceResponse(Guid Id, string Number, Guid PeriodId, Guid TimesheetId, Guid SupportParentId, DateOnly PayDate, decimal Total, DateTimeOffset IssuedAt, string DocumentUrl, string CsvUrl)
{
    public static InvoiceResponse From(Invoice i, string baseUrl) =>
        new(i.Id, i.DisplayNumber, i.PeriodId, i.TimesheetId, i.SupportParentId, i.PayDate, i.Total, i.IssuedAt, $"{baseUrl}/invoices/{i.Id}/document", $"{baseUrl}/invoices/{i.Id}/csv");
}
