using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.PayrollStipend.Api.Features.Periods;

public static class GetPeriodEndpoint
{
    public static RouteHandlerBuilder MapGetPeriod(this RouteGroupBuilder program) =>
        program.MapGet("/periods/{periodId:guid}", async (string programId, Guid periodId, PayrollStipendDbContext db, PayrollPrograms programs, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.ProgramId == programId && p.Id == periodId, cancellationToken) is not { } period)
                {
                    return Problem.NotFound("pay period");
                }
                var today = (await programs.SettingsAsync(programId, cancellationToken)).Calendar.DateAt(clock.Now());
                return Results.Ok((await PeriodFigures.ForAsync(db, [period], today, cancellationToken))[0]);
            })
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Readers))
            .WithName("GetPayPeriod")
            .WithSummary("One pay period with its timesheet counts and the overdue flag")
            .Produces<PeriodResponse>();
}
