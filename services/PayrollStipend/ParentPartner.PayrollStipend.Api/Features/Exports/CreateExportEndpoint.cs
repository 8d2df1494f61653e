using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Exports;

public static class CreateExportEndpoint
{
    public static RouteHandlerBuilder MapCreateExport(this RouteGroupBuilder program) =>
        program.MapPost("/periods/{periodId:guid}/exports", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithValidation()
            .WithIdempotency<PayrollStipendDbContext>()
            .WithName("CreateExport")
            .WithSummary("Export a period's approved timesheets (201, marking them exported in the same transaction); with nothing new, the latest file again (200)")
            .Produces<ExportResponse>(StatusCodes.Status201Created)
            .Produces<ExportResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(string programId, Guid periodId, ExportRequest request, ClaimsPrincipal user, PayrollStipendDbContext db, ExportBuilder exports, CancellationToken cancellationToken)
    {
        if (await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.ProgramId == programId && p.Id == periodId, cancellationToken) is not { } period)
        {
            return Problem.NotFound("pay period");
        }
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        if (await exports.ExportAsync(period, request.Kind!.Value, user.SubjectId(), cancellationToken) is not var (export, created))
        {
            return Problem.Conflict("Nothing in this period is approved and waiting for this export.");
        }
        await transaction.CommitAsync(cancellationToken);
        var body = ExportResponse.From(export);
        return created ? TypedResults.Created(body.FileUrl.Replace("/file", ""), body) : TypedResults.Ok(body);
    }
}
