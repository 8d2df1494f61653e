using Microsoft.EntityFrameworkCore;
using ParentPartner.AllianceHub.Api.Data;
using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.Contracts.Alliance;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.AllianceHub.Api.Features.Submissions;

public static class ListSubmissionsEndpoint
{
    public static RouteHandlerBuilder MapListSubmissions(this RouteGroupBuilder group) =>
        group.MapGet("/submissions", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(HubAccess.Readers))
            .WithName("ListSubmissions")
            .WithSummary("The states' annual reports as received, newest first (filter by status, state, year)")
            .Produces<Page<SubmissionSummary>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(
        AllianceHubDbContext db,
        string? status,
        string? state,
        int? year,
        string? cursor,
        int? pageSize,
        CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        SubmissionStatus? wanted = null;
        if (status is not null)
        {
            // Statuses are one word, so kebab-case is lower case; any case is accepted.
            if (KebabEnum.TryParse<SubmissionStatus>(status.ToLowerInvariant(), out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add("status", "must be pending, accepted, returned or rejected.");
            }
        }
        var stateCode = state is null ? null : AnnualReportSubmitted.NormaliseStateCode(state);
        if (state is not null && stateCode is null)
        {
            errors.Add("state", "must be a two-letter state code.");
        }
        var after = default(Cursor);
        if (cursor is not null && !Cursor.TryDecode(cursor, out after))
        {
            errors.Add("cursor", "is not a cursor this list gave out.");
        }
        if (PageSize.From(pageSize) is not { } size)
        {
            errors.Add("pageSize", $"must be from 1 to {PageSize.Max}.");
            size = 0;
        }
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var query = db.Submissions.AsNoTracking();
        if (wanted is { } s)
        {
            query = query.Where(x => x.Status == s);
        }
        if (stateCode is not null)
        {
            query = query.Where(x => x.StateCode == stateCode);
        }
        if (year is { } y)
        {
            query = query.Where(x => x.Year == y);
        }
        if (cursor is not null)
        {
            query = query.Where(x => EF.Functions.LessThan(ValueTuple.Create(x.ReceivedAt, x.Id), ValueTuple.Create(after.At, after.Id)));
        }

        var rows = await query
            .OrderByDescending(x => x.ReceivedAt).ThenByDescending(x => x.Id)
            .Take(size + 1)
            .Select(x => new SubmissionSummary(
                x.Id, x.SubmissionId, x.StateCode, x.ProgramId, x.ProgramName, x.ProgramKind, x.Year, x.Revision,
                db.Submissions.Where(o => o.StateCode == x.StateCode && o.ProgramId == x.ProgramId && o.Year == x.Year).Max(o => o.Revision),
                x.Status, x.SubmittedAt, x.ReceivedAt, x.AnsweredAt))
            .ToListAsync(cancellationToken);

        var next = rows.Count > size ? new Cursor(rows[size - 1].ReceivedAt, rows[size - 1].Id).Encode() : null;
        return TypedResults.Ok(new Page<SubmissionSummary>(rows.Take(size).ToList(), next));
    }
}
