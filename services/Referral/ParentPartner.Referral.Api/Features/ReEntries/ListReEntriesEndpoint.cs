using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Referral.Api.Features.ReEntries;

public static class ListReEntriesEndpoint
{
    public static RouteHandlerBuilder MapListReEntries(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/re-entries", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithAccessPurpose("case-work")
            .WithName("ListReEntries")
            .WithSummary("The re-entries into care recorded for a reunified family, oldest first")
            .Produces<IReadOnlyList<ReEntryResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid id, HttpContext http, ReferralDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } referral)
        {
            return Problem.NotFound("referral");
        }
        var reEntries = await db.ReEntries.AsNoTracking().Where(r => r.ReferralId == id).OrderBy(r => r.EnteredCareOn).ToListAsync(cancellationToken);
        // What happened to a family's children is about the family: the read is audited like the referral's own.
        db.RecordReads(http, clock.GetUtcNow(), AccessAudit.Views.ReEntries, [referral]);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(reEntries.Select(ReEntryResponse.From).ToList());
    }
}
