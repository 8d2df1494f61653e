using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

public static class GetPayeeEndpoint
{
    public static RouteHandlerBuilder MapGetPayee(this RouteGroupBuilder program) =>
        program.MapGet("/payees/{supportParentId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithAccessPurpose("payroll")
            .WithName("GetPayee")
            .WithSummary("Payroll's record of a support parent: employment type (from training), legal name, W-9 flag, benefit-cliff data")
            .Produces<PayeeResponse>();

    private static async Task<IResult> HandleAsync(string programId, Guid supportParentId, HttpContext http, PayrollStipendDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Payees.AsNoTracking().FirstOrDefaultAsync(p => p.ProgramId == programId && p.SupportParentId == supportParentId, cancellationToken) is not { } payee)
        {
            return Problem.NotFound("payee");
        }
        db.RecordRead(http, programId, supportParentId, PayrollAudit.PayeeFields);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(PayeeResponse.From(payee));
    }
}
