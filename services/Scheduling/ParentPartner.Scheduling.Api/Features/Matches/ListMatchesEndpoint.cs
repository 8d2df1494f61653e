using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.Scheduling.Api.Features.Matches;

public static class ListMatchesEndpoint
{
    public static RouteHandlerBuilder MapListMatches(this RouteGroupBuilder program) =>
        program.MapGet("/matches", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Staff))
            .WithName("ListScheduledMatches")
            .WithSummary("The program's matches with follow-up plans, newest first; activeOnly=true hides ended ones; filter by support parent")
            .Produces<Page<MatchResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(
        string programId, Guid? supportParentId, bool? activeOnly, string? cursor, int? limit, SchedulingDbContext db, CancellationToken cancellationToken)
    {
        if (PageRequest.TryRead(cursor, limit, out var page) is { } problem)
        {
            return problem;
        }
        var query = db.Matches.AsNoTracking().Where(m => m.ProgramId == programId);
        if (supportParentId is { } parent)
        {
            query = query.Where(m => m.SupportParentId == parent);
        }
        if (activeOnly == true)
        {
            query = query.Where(m => m.EndedAt == null);
        }
        if (page.After is { } a)
        {
            query = query.Where(m => EF.Functions.LessThan(ValueTuple.Create(m.MadeAt, m.MatchId), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderByDescending(m => m.MadeAt).ThenByDescending(m => m.MatchId).Take(page.Fetch).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, m => new Cursor(m.MadeAt, m.MatchId), MatchResponse.From));
    }
}
