using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.PayrollStipend.Api.Features.Payees;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Me;

public static class PutMyBenefitEndpoint
{
    public static RouteHandlerBuilder MapPutMyBenefit(this RouteGroupBuilder me) =>
        me.MapPut("/benefit", async (BenefitRequest request, ClaimsPrincipal user, PayrollStipendDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
                await SetAsync(request, user, db, clock, cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Self))
            .WithValidation()
            .WithName("PutMyBenefit")
            .WithSummary("Record, with your consent, the benefit you receive and the monthly earnings level that would reduce it: you and the approver are warned, never blocked")
            .Produces<BenefitResponse>();

    public static RouteHandlerBuilder MapDeleteMyBenefit(this RouteGroupBuilder me) =>
        me.MapDelete("/benefit", async (ClaimsPrincipal user, PayrollStipendDbContext db, TimeProvider clock, CancellationToken cancellationToken) =>
                await SetAsync(null, user, db, clock, cancellationToken))
            .RequireAuthorization(policy => policy.RequireRole(PayrollRoles.Self))
            .WithName("DeleteMyBenefit")
            .WithSummary("Withdraw your consent: the benefit data is erased");

    private static async Task<IResult> SetAsync(BenefitRequest? request, ClaimsPrincipal user, PayrollStipendDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var payees = await MyPayees.Of(db, user).ToListAsync(cancellationToken);
        if (payees.Count == 0)
        {
            return Problem.NotFound("payee record for your account");
        }
        var now = clock.Now();
        payees.ForEach(p => PayeeRecords.SetBenefit(p, request, now));
        await db.SaveChangesAsync(cancellationToken);
        return request is null ? Results.NoContent() : Results.Ok(BenefitResponse.From(payees[0]));
    }
}
