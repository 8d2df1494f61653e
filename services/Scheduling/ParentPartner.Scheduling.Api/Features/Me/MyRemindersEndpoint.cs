using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Paging;

namespace ParentPartner.Scheduling.Api.Features.Me;

public static class MyRemindersEndpoint
{
    public static RouteHandlerBuilder MapMyReminders(this RouteGroupBuilder me) =>
        me.MapGet("/reminders", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.SupportParent))
            .WithName("MyReminders")
            .WithSummary("Your reminders, newest first: appointments tomorrow and contacts you owe that are overdue (the in-app inbox; also sent by SMS or email where a Dapr binding is configured)")
            .Produces<Page<ReminderResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(string? cursor, int? limit, SchedulingDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (PageRequest.TryRead(cursor, limit, out var page) is { } problem)
        {
            return problem;
        }
        var subject = user.SubjectId();
        var query = db.Reminders.AsNoTracking().Where(r => subject != null && r.RecipientSubject == subject);
        if (page.After is { } a)
        {
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.CreatedAt, r.Id), ValueTuple.Create(a.At, a.Id)));
        }
        var rows = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(page.Fetch).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, r => new Cursor(r.CreatedAt, r.Id), ReminderResponse.From));
    }
}
