using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.PayrollStipend.Api.Features.Invoices;

public static class ListInvoicesEndpoint
{
    public static RouteHandlerBuilder MapListInvoices(this RouteGroupBuilder program) =>
        program.MapGet("/invoices", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Readers))
            .WithName("ListInvoices")
            .WithSummary("Contractors' invoices in the order they were issued, optionally for one ?periodId=")
            .Produces<Page<InvoiceResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(string programId, Guid? periodId, string? cursor, int? limit, PayrollStipendDbContext db, CancellationToken cancellationToken)
    {
        if (PageRequest.TryRead(cursor, limit, out var page) is { } problem)
        {
            return problem;
        }
        var query = db.Invoices.AsNoTracking().Where(i => i.ProgramId == programId && (periodId == null || i.PeriodId == periodId));
        if (page.After is { } a)
        {
            query = query.Where(i => EF.Functions.GreaterThan(ValueTuple.Create(i.IssuedAt, i.Id), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderBy(i => i.IssuedAt).ThenBy(i => i.Id).Take(page.Fetch).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, i => new Cursor(i.IssuedAt, i.Id), i => InvoiceResponse.From(i, $"/api/payroll/programs/{programId}")));
    }
}
