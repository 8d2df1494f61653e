using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Referral.Api.Features.ListReferrals;

public static class ListReferralsEndpoint
{
    /// <summary>Statuses in which a referral waits on the program; "waiting longer than" looks at these only.</summary>
    public static readonly ReferralStatus[] Waiting = [ReferralStatus.Received, ReferralStatus.Screened, ReferralStatus.ReadyForMatching];

    public static RouteHandlerBuilder MapListReferrals(this RouteGroupBuilder group) =>
        group.MapGet("/", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramCoordinator, Roles.ProgramAdmin))
            .WithAccessPurpose("work-queue")
            .WithName("ListReferrals")
            .WithSummary("Referrals of your programs, oldest first; filter by program, status (repeatable), source, or waiting longer than N hours in their current status")
            .Produces<Page<ReferralListItem>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        string? programId,
        string[]? status,
        string? source,
        int? waitingLongerThanHours,
        string? cursor,
        int? pageSize,
        HttpContext http,
        ReferralDbContext db,
        IProgramAccess programs,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = PageRequest.Read(cursor, pageSize, out var page);
        var statuses = new List<ReferralStatus>();
        foreach (var value in status ?? [])
        {
            if (KebabEnum.TryParse<ReferralStatus>(value, out var parsed))
            {
                statuses.Add(parsed);
            }
            else
            {
                errors.Add("status", "is not a referral status (received, screened, ready-for-matching, information-only, matched, closed, withdrawn).");
            }
        }
        ReferralSource? sourceFilter = null;
        if (source is not null)
        {
            if (KebabEnum.TryParse<ReferralSource>(source, out var parsed))
            {
                sourceFilter = parsed;
            }
            else
            {
                errors.Add("source", "is not a referral source.");
            }
        }
        if (waitingLongerThanHours is < 0 or > 24 * 366)
        {
            errors.Add("waitingLongerThanHours", "must be between 0 and 8784.");
        }
        if (programId is not null && programId.Length > 64)
        {
            errors.Add("programId", "must be at most 64 characters.");
        }
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }
        if (programId is not null && !programs.CanAccess(programId))
        {
            return Problem.NotFound("program");
        }

        var now = clock.GetUtcNow();
        var query = db.Referrals.AsNoTracking();
        if (programId is not null)
        {
            query = query.Where(r => r.ProgramId == programId);
        }
        if (statuses.Count > 0)
        {
            query = query.Where(r => statuses.Contains(r.Status));
        }
        if (sourceFilter is { } wantedSource)
        {
            query = query.Where(r => r.Source == wantedSource);
        }
        if (waitingLongerThanHours is { } hours)
        {
            var since = now.AddHours(-hours);
            query = query.Where(r => Waiting.Contains(r.Status) && r.StatusChangedAt < since);
        }

        var rows = await query.OldestFirst(page.After).Take(page.Size + 1).ToListAsync(cancellationToken);
        var result = rows.ToPage(page.Size, r => ReferralListItem.From(r, now));
        db.RecordReads(http, now, AccessAudit.Views.List, rows.Take(page.Size));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(result);
    }
}
