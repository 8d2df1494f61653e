using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Features.ChangeStatus;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Referral.Api.Features.StatusHistory;

public static class GetStatusHistoryEndpoint
{
    public static RouteHandlerBuilder MapGetStatusHistory(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/status-changes", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithAccessPurpose("case-review")
            .WithName("GetReferralStatusHistory")
            .WithSummary("The full status history of a referral, oldest first (notes are personal data: the read is audited)")
            .Produces<IReadOnlyList<StatusChangeResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid id, HttpContext http, ReferralDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Referrals.AsNoTracking().Include(r => r.StatusHistory).FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } referral)
        {
            return Problem.NotFound("referral");
        }
        db.RecordReads(http, clock.GetUtcNow(), AccessAudit.Views.StatusHistory, [referral]);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(referral.StatusHistory.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Select(StatusChangeResponse.Of).ToList());
    }
}
