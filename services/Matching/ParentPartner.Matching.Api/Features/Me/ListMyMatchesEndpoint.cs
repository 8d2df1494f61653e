using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.Matching.Api.Features.Matches;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Me;

public static class ListMyMatchesEndpoint
{
    public static RouteHandlerBuilder MapListMyMatches(this RouteGroupBuilder group) =>
        group.MapGet("/me/matches", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.SupportParent))
            .WithName("ListMyMatches")
            .WithSummary("The calling support parent's own matches, newest first: each family's first name, contact while active, languages, availability and intake factors")
            .WithDescription("status=active or ended filters; ?limit=&cursor= pages. Each family shown is an audited read (X-Access-Purpose, default first-contact).")
            .Produces<Page<MatchDetailResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(
        string? status, string? cursor, int? limit, MatchingDbContext db, ClaimsPrincipal user, HttpContext http, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = PageRequest.Read(cursor, limit, out var page);
        if (!MatchDetails.TryReadStatus(status, out var active))
        {
            errors.Add("status", MatchDetails.StatusError);
        }
        AccessPurpose.Read(http, "first-contact", out var purpose, errors);
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var subject = user.SubjectId();
        var mine = await db.Pool.AsNoTracking().Where(m => m.UserSubject != null && m.UserSubject == subject).Select(m => m.Id).ToListAsync(cancellationToken);
        var query = db.Matches.AsNoTracking().Where(m => mine.Contains(m.SupportParentId));
        if (active is { } onlyActive)
        {
            query = onlyActive ? query.Where(m => m.EndedAt == null) : query.Where(m => m.EndedAt != null);
        }
        if (page.After is { } after)
        {
            query = query.Where(m => EF.Functions.LessThan(ValueTuple.Create(m.MadeAt, m.Id), ValueTuple.Create(after.At, after.Id)));
        }
        var rows = await query.OrderByDescending(m => m.MadeAt).ThenByDescending(m => m.Id).Take(page.Fetch).ToListAsync(cancellationToken);
        var shown = rows.Take(page.Size).ToList();
        var details = await MatchDetails.LoadAsync(db, shown, http, clock.GetUtcNow(), purpose, cancellationToken);
        var next = rows.Count > page.Size ? new Cursor(shown[^1].MadeAt, shown[^1].Id).Encode() : null;
        return TypedResults.Ok(new Page<MatchDetailResponse>(details, next));
    }
}
