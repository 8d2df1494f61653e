using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.Referral.Api.Features.ReferrerStatus;

public static class ListReferredEndpoint
{
    public static RouteHandlerBuilder MapListReferred(this RouteGroupBuilder group) =>
        group.MapGet("/referred", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ReferringOrganisation))
            .WithName("ListReferred")
            .WithSummary("The referrals your organisation made, newest first: status and dates only")
            .Produces<Page<ReferredStatusResponse>>()
            .ProducesValidationProblem();

    // Matched on the token's client id, on top of the program filter: an organisation sees its own referrals only.
    private static async Task<IResult> HandleAsync(string? cursor, int? pageSize, ReferralDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (PageRequest.Read(cursor, pageSize, out var page) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }

        var clientId = user.ClientId();
        var rows = await db.Referrals.AsNoTracking()
            .Where(r => clientId != null && r.ReferrerOrganisationId == clientId)
            .NewestFirst(page.After)
            .Take(page.Size + 1)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.ToPage(page.Size, r => ReferredStatusResponse.From(r)));
    }
}
