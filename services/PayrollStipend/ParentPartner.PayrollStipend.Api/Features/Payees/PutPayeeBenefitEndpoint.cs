using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

public static class PutPayeeBenefitEndpoint
{
    public static RouteHandlerBuilder MapPutPayeeBenefit(this RouteGroupBuilder program) =>
        program.MapPut("/payees/{supportParentId:guid}/benefit", async (string programId, Guid supportParentId, BenefitRequest request, PayrollStipendDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (await db.Payees.FirstOrDefaultAsync(p => p.ProgramId == programId && p.SupportParentId == supportParentId, cancellationToken) is not { } payee)
                {
                    return Problem.NotFound("payee");
                }
                PayeeRecords.SetBenefit(payee, request, clock.Now());
                await db.SaveChangesAsync(cancellationToken);
                return Results.Ok(PayeeResponse.From(payee));
            })
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithValidation()
            .WithName("PutPayeeBenefit")
            .WithSummary("Record, with the person's consent, the benefit they receive and the monthly earnings level that would reduce it (warnings only, never a block)")
            .Produces<PayeeResponse>();
}
