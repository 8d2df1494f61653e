using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.PayrollStipend.Api.Features.Invoices;

namespace ParentPartner.PayrollStipend.Api.Features.Me;

public static class MyInvoicesEndpoint
{
    public static RouteHandlerBuilder MapMyInvoices(this RouteGroupBuilder me) =>
        me.MapGet("/invoices", async (ClaimsPrincipal user, PayrollStipendDbContext db, CancellationToken cancellationToken) =>
            {
                var mine = MyPayees.Of(db, user).Select(p => p.SupportParentId);
                var invoices = await db.Invoices.AsNoTracking().Where(i => mine.Contains(i.SupportParentId)).OrderByDescending(i => i.IssuedAt).Take(500).ToListAsync(cancellationToken);
                return TypedResults.Ok(invoices.Select(i => InvoiceResponse.From(i, "/api/payroll/me")).ToList());
            })
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Self))
            .WithName("MyInvoices")
            .WithSummary("Your own invoices (contractors), newest first, with links to each document and CSV");
}
