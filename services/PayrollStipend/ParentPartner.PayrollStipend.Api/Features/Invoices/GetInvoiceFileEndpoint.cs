using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.PayrollStipend.Api.Features.Invoices;

public static class GetInvoiceFileEndpoint
{
    public static RouteHandlerBuilder MapGetInvoiceFile(this RouteGroupBuilder program) =>
        program.MapGet("/invoices/{invoiceId:guid}/{format:regex(^(document|csv)$)}", async (string programId, Guid invoiceId, string format, PayrollStipendDbContext db, CancellationToken cancellationToken) =>
                await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.ProgramId == programId && i.Id == invoiceId, cancellationToken) is { } invoice
                    ? InvoiceFiles.As(invoice, format)
                    : Problem.NotFound("invoice"))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Readers))
            .WithName("GetInvoiceFile")
            .WithSummary("An invoice as a document (document: HTML, printable to PDF) or as CSV (csv), exactly as issued")
            .Produces<string>(contentType: "text/html")
            .Produces<string>(contentType: "text/csv");
}
