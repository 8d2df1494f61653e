using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

public static class PutPayeeEndpoint
{
    public static RouteHandlerBuilder MapPutPayee(this RouteGroupBuilder program) =>
        program.MapPut("/payees/{supportParentId:guid}", (string programId, Guid supportParentId, PayeeRequest request, PayrollStipendDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
                PayeeRecords.UpdateAsync(db, programId, supportParentId, clock, (payee, _) =>
                {
                    payee.LegalName = request.LegalName;
                    payee.W9OnFile = request.W9OnFile!.Value;
                }, cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithValidation()
            .WithName("PutPayee")
            .WithSummary("Record a payee's legal name and whether their W-9 is on file")
            .Produces<PayeeResponse>();
}
