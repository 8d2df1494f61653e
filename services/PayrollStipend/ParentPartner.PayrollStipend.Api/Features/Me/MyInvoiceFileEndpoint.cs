using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.PayrollStipend.Api.Features.Invoices;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.PayrollStipend.Api.Features.Me;

public static class MyInvoiceFileEndpoint
{
    public static RouteHandlerBuilder MapMyInvoiceFile(this RouteGroupBuilder me) =>
        me.MapGet("/invoices/{invoiceId:guid}/{format:regex(^(document|csv)$)}", async (Guid invoiceId, string format, ClaimsPrincipal user, PayrollStipendDbContext db, CancellationToken cancellationToken) =>
            {
                var mine = MyPayees.Of(db, user).Select(p => p.SupportParentId);
                return await db.Invoices.AsNoTracking().FirstOrDefaultAsync(i => i.Id == invoiceId && mine.Contains(i.SupportParentId), cancellationToken) is { } invoice
                    ? InvoiceFiles.As(invoice, format)
                    : Problem.NotFound("invoice");
            })
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Self))
            .WithName("MyInvoiceFile")
            .WithSummary("One of your invoices as a document (HTML, printable to PDF) or CSV");
}
