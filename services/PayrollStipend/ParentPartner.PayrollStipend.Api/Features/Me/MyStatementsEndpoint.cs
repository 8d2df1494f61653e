using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.PayrollStipend.Api.Features.Me;

public static class MyStatementsEndpoint
{
    public static RouteHandlerBuilder MapMyStatements(this RouteGroupBuilder me) =>
        me.MapGet("/statements", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Self))
            .WithName("MyPayStatements")
            .WithSummary("Your own timesheets and pay statements, oldest first (details at /me/statements/{id})")
            .Produces<Page<TimesheetSummary>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(string? cursor, int? limit, ClaimsPrincipal user, PayrollStipendDbContext db, CancellationToken cancellationToken)
    {
        if (PageRequest.TryRead(cursor, limit, out var page) is { } problem)
        {
            return problem;
        }
        var mine = MyPayees.Of(db, user).Select(p => p.SupportParentId);
        var query = db.Timesheets.AsNoTracking().Where(t => mine.Contains(t.SupportParentId));
        if (page.After is { } a)
        {
            query = query.Where(t => EF.Functions.GreaterThan(ValueTuple.Create(t.CreatedAt, t.Id), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(page.Fetch)
            .Join(db.Periods, t => t.PeriodId, p => p.Id, (t, p) => new { Sheet = t, Period = p }).ToListAsync(cancellationToken);
        rows = [.. rows.OrderBy(r => r.Sheet.CreatedAt).ThenBy(r => r.Sheet.Id)];
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor(r.Sheet.CreatedAt, r.Sheet.Id), r => TimesheetSummary.From(r.Sheet, r.Period)));
    }
}
