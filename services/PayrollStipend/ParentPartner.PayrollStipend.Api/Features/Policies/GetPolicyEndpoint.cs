using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.PayrollStipend.Api.Features.Policies;

public static class GetPolicyEndpoint
{
    public static RouteHandlerBuilder MapGetPolicy(this RouteGroupBuilder program) =>
        program.MapGet("/policies/{policyId:guid}", async (string programId, Guid policyId, PayrollStipendDbContext db, CancellationToken cancellationToken) =>
                await db.Policies.AsNoTracking().FirstOrDefaultAsync(p => p.ProgramId == programId && p.Id == policyId, cancellationToken) is { } found
                    ? Results.Ok(PolicyResponse.From(found))
                    : Problem.NotFound("pay policy"))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Readers))
            .WithName("GetPayPolicy")
            .WithSummary("One version of the pay policy")
            .Produces<PolicyResponse>();
}
