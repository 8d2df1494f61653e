using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;

namespace ParentPartner.PayrollStipend.Api.Features.Exports;

public static class ListExportsEndpoint
{
    public static RouteHandlerBuilder MapListExports(this RouteGroupBuilder program) =>
        program.MapGet("/periods/{periodId:guid}/exports", async (string programId, Guid periodId, PayrollStipendDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok((await db.Exports.AsNoTracking().Where(e => e.ProgramId == programId && e.PeriodId == periodId).OrderBy(e => e.CreatedAt).ToListAsync(cancellationToken))
                    .Select(ExportResponse.From).ToList()))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Readers))
            .WithName("ListExports")
            .WithSummary("The exports written for a period, oldest first");
}
