using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.PayrollStipend.Api.Features.Exports;

public static class GetExportFileEndpoint
{
    public static RouteHandlerBuilder MapGetExportFile(this RouteGroupBuilder program) =>
        program.MapGet("/exports/{exportId:guid}/file", async (string programId, Guid exportId, PayrollStipendDbContext db, CancellationToken cancellationToken) =>
                await db.Exports.AsNoTracking().FirstOrDefaultAsync(e => e.ProgramId == programId && e.Id == exportId, cancellationToken) is { } export
                    ? Results.Text(export.Content, "text/csv; charset=utf-8")
                    : Problem.NotFound("export"))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithName("GetExportFile")
            .WithSummary("The exported file, byte for byte as first written")
            .Produces<string>(contentType: "text/csv");
}
