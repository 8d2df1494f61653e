using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

public static class PutPayeeEndpoint
{
    public static RouteHandlerBuilder MapPutPayee(this RouteGroupBuilder program) =>
        program.MapPut("/payees/{supportParentId:guid}", async (string programId, Guid supportParentId, PayeeRequest request, PayrollStipendDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (await db.Payees.FirstOrDefaultAsync(p => p.ProgramId == programId && p.SupportParentId == supportParentId, cancellationToken) is not { } payee)
                {
                    return Problem.NotFound("payee");
                }
                payee.LegalName = request.LegalName;
                payee.W9OnFile = request.W9OnFile!.Value;
                payee.UpdatedAt = clock.Now();
                await db.SaveChangesAsync(cancellationToken);
                return Results.Ok(PayeeResponse.From(payee));
            })
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithValidation()
            .WithName("PutPayee")
            .WithSummary("Record a payee's legal name and whether their W-9 is on file")
            .Produces<PayeeResponse>();
}
