using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Matches;

public static class ListProgramMatchesEndpoint
{
    public static RouteHandlerBuilder MapListProgramMatches(this RouteGroupBuilder program) =>
        program.MapGet("/matches", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithName("ListProgramMatches")
            .WithSummary("The program's matches, newest first: status=active or ended, supportParentId= filters, ?limit=&cursor= pages")
            .Produces<Page<MatchListItem>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        string programId, string? status, Guid? supportParentId, string? cursor, int? limit, MatchingDbContext db, CancellationToken cancellationToken)
    {
        var errors = PageRequest.Read(cursor, limit, out var page);
        if (!MatchDetails.TryReadStatus(status, out var active))
        {
            errors.Add("status", MatchDetails.StatusError);
        }
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }
        var query = db.Matches.AsNoTracking().Where(m => m.ProgramId == programId);
        if (active is { } onlyActive)
        {
            query = onlyActive ? query.Where(m => m.EndedAt == null) : query.Where(m => m.EndedAt != null);
        }
        if (supportParentId is { } parent)
        {
            query = query.Where(m => m.SupportParentId == parent);
        }
        if (page.After is { } after)
        {
            query = query.Where(m => EF.Functions.LessThan(ValueTuple.Create(m.MadeAt, m.Id), ValueTuple.Create(after.At, after.Id)));
        }
        var rows = await query.OrderByDescending(m => m.MadeAt).ThenByDescending(m => m.Id).Take(page.Fetch).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, m => new Cursor(m.MadeAt, m.Id), MatchListItem.From));
    }
}
