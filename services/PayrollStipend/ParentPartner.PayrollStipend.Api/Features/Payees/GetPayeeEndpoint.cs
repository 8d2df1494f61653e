using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

public static class GetPayeeEndpoint
{
    public static RouteHandlerBuilder MapGetPayee(this RouteGroupBuilder program) =>
        program.MapGet("/payees/{supportParentId:guid}", async (string programId, Guid supportParentId, PayrollStipendDbContext db, CancellationToken cancellationToken) =>
                await db.Payees.AsNoTracking().FirstOrDefaultAsync(p => p.ProgramId == programId && p.SupportParentId == supportParentId, cancellationToken) is { } payee
                    ? Results.Ok(PayeeResponse.From(payee))
                    : Problem.NotFound("payee"))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithName("GetPayee")
            .WithSummary("Payroll's record of a support parent: employment type (from training), legal name, W-9 flag, benefit-cliff data")
            .Produces<PayeeResponse>();
}
