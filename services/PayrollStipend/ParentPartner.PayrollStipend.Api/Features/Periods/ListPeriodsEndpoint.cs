using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.PayrollStipend.Api.Features.Periods;

public static class ListPeriodsEndpoint
{
    public static RouteHandlerBuilder MapListPeriods(this RouteGroupBuilder program) =>
        program.MapGet("/periods", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Readers))
            .WithName("ListPayPeriods")
            .WithSummary("The program's pay periods, in the order they were opened, with timesheet counts and the overdue flag")
            .Produces<Page<PeriodResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(string programId, string? cursor, int? limit, PayrollStipendDbContext db, PayrollPrograms programs, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (PageRequest.TryRead(cursor, limit, out var page) is { } problem)
        {
            return problem;
        }
        var query = db.Periods.AsNoTracking().Where(p => p.ProgramId == programId);
        if (page.After is { } a)
        {
            query = query.Where(p => EF.Functions.GreaterThan(ValueTuple.Create(p.CreatedAt, p.Id), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id).Take(page.Fetch).ToListAsync(cancellationToken);
        var today = (await programs.SettingsAsync(programId, cancellationToken)).Calendar.DateAt(clock.Now());
        var figures = await PeriodFigures.ForAsync(db, rows, today, cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, p => new Cursor(p.CreatedAt, p.Id), p => figures.Single(f => f.Id == p.Id)));
    }
}
