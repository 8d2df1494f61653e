using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.PayrollStipend.Api.Features.Timesheets;

public static class ListTimesheetsEndpoint
{
    public static RouteHandlerBuilder MapListTimesheets(this RouteGroupBuilder program) =>
        program.MapGet("/timesheets", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Readers))
            .WithName("ListTimesheets")
            .WithSummary("Timesheets of the program, filtered by ?periodId=, ?status= (draft, submitted, returned, approved, exported, paid) and ?supportParentId=")
            .Produces<Page<TimesheetSummary>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(string programId, Guid? periodId, string? status, Guid? supportParentId, string? cursor, int? limit, PayrollStipendDbContext db, CancellationToken cancellationToken)
    {
        var errors = PageRequest.Read(cursor, limit, out var page);
        TimesheetStatus parsed = default;
        if (status is not null && !KebabEnum.TryParse(status, out parsed))
        {
            errors.Add("status", "is not a timesheet status (draft, submitted, returned, approved, exported, paid).");
        }
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }
        var query = db.Timesheets.AsNoTracking().Where(t => t.ProgramId == programId);
        if (periodId is { } p)
        {
            query = query.Where(t => t.PeriodId == p);
        }
        if (status is not null)
        {
            query = query.Where(t => t.Status == parsed);
        }
        if (supportParentId is { } s)
        {
            query = query.Where(t => t.SupportParentId == s);
        }
        if (page.After is { } a)
        {
            query = query.Where(t => EF.Functions.GreaterThan(ValueTuple.Create(t.CreatedAt, t.Id), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id).Take(page.Fetch)
            .Join(db.Periods, t => t.PeriodId, x => x.Id, (t, x) => new { Sheet = t, Period = x })
            .ToListAsync(cancellationToken);
        rows = [.. rows.OrderBy(r => r.Sheet.CreatedAt).ThenBy(r => r.Sheet.Id)];
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor(r.Sheet.CreatedAt, r.Sheet.Id), r => TimesheetSummary.From(r.Sheet, r.Period)));
    }
}
