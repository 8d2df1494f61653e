using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.Scheduling.Api.Features.Contacts;

public static class ListContactsEndpoint
{
    public static RouteHandlerBuilder MapListContacts(this RouteGroupBuilder program) =>
        program.MapGet("/contacts", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(SchedulingRoles.Attendees))
            .WithName("ListContacts")
            .WithSummary("Contacts, latest first; filter by match, support parent or month (yyyy-MM, the program's dates); voided ones only with includeVoided=true")
            .Produces<Page<ContactResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(
        string programId, Guid? matchId, Guid? supportParentId, string? month, bool? includeVoided, string? cursor, int? limit,
        SchedulingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = PageRequest.Read(cursor, limit, out var page);
        DateOnly? first = null;
        if (month is not null)
        {
            if (DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year >= 2000)
            {
                first = parsed;
            }
            else
            {
                errors.Add("month", "must be a month as yyyy-MM, e.g. 2026-12.");
            }
        }
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }
        var query = db.Contacts.AsNoTracking().Visible(programId, user);
        if (matchId is { } match)
        {
            query = query.Where(c => c.MatchId == match);
        }
        if (supportParentId is { } parent)
        {
            query = query.Where(c => c.SupportParentId == parent);
        }
        if (first is { } from)
        {
            var until = from.AddMonths(1);
            query = query.Where(c => c.OccurredOn >= from && c.OccurredOn < until);
        }
        if (includeVoided != true)
        {
            query = query.Where(c => !c.Voided);
        }
        if (page.After is { } a)
        {
            query = query.Where(c => EF.Functions.LessThan(ValueTuple.Create(c.StartedAt, c.Id), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderByDescending(c => c.StartedAt).ThenByDescending(c => c.Id).Take(page.Fetch).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, c => new Cursor(c.StartedAt, c.Id), c => ContactResponse.From(c)));
    }
}
