using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Referral.Api.Features.GetReferral;

public static class GetReferralEndpoint
{
    public static RouteHandlerBuilder MapGetReferral(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithAccessPurpose("case-work")
            .WithName("GetReferral")
            .WithSummary($"A referral of one of your programs; the read is audited with its purpose ({AccessPurpose.HeaderName} or ?purpose=)")
            .Produces<ReferralResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    // The program query filter hides other programs' referrals, so they are a plain 404.
    private static async Task<IResult> HandleAsync(Guid id, HttpContext http, ReferralDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } referral)
        {
            return Problem.NotFound("referral");
        }
        db.RecordReads(http, clock.GetUtcNow(), AccessAudit.Views.Detail, [referral]);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ReferralResponse.From(referral));
    }
}
