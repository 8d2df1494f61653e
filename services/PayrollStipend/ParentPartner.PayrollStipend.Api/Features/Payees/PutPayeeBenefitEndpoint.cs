using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

public static class PutPayeeBenefitEndpoint
{
    public static RouteHandlerBuilder MapPutPayeeBenefit(this RouteGroupBuilder program) =>
        program.MapPut("/payees/{supportParentId:guid}/benefit", (string programId, Guid supportParentId, BenefitRequest request, PayrollStipendDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
                PayeeRecords.UpdateAsync(db, programId, supportParentId, clock, (payee, now) => PayeeRecords.SetBenefit(payee, request, now), cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Approver))
            .WithValidation()
            .WithName("PutPayeeBenefit")
            .WithSummary("Record, with the person's consent, the benefit they receive and the monthly earnings level that would reduce it (warnings only, never a block)")
            .Produces<PayeeResponse>();
}
