using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;

namespace ParentPartner.PayrollStipend.Api.Features.Policies;

public static class ListPoliciesEndpoint
{
    public static RouteHandlerBuilder MapListPolicies(this RouteGroupBuilder program) =>
        program.MapGet("/policies", async (string programId, PayrollStipendDbContext db, CancellationToken cancellationToken) =>
                TypedResults.Ok((await db.Policies.AsNoTracking().Where(p => p.ProgramId == programId).OrderByDescending(p => p.Version).ToListAsync(cancellationToken))
                    .Select(PolicyResponse.From).ToList()))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Readers))
            .WithName("ListPayPolicies")
            .WithSummary("Every version of the pay policy, newest first (history is kept, never edited)");
}
