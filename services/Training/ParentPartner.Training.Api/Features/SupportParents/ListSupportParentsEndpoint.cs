using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.SupportParents;

public static class ListSupportParentsEndpoint
{
    public static RouteHandlerBuilder MapListSupportParents(this RouteGroupBuilder program) =>
        program.MapGet("/support-parents", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithAccessPurpose("roster")
            .WithName("ListSupportParents")
            .WithSummary("The program's support parents and applicants, oldest application first; filter by status")
            .Produces<Page<SupportParentSummary>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(
        string programId,
        string? status,
        string? cursor,
        int? limit,
        TrainingPrograms programs,
        TrainingDbContext db,
        HttpContext http,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (PageRequest.TryRead(cursor, limit, out var page) is { } problem)
        {
            return problem;
        }
        SupportParentStatus? wanted = null;
        if (status is not null)
        {
            if (KebabEnum.TryParse<SupportParentStatus>(status, out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                return new FieldErrors().Add("status", "must be one of not-yet-eligible, in-training, certified, lapsed, withdrawn.").ToProblem();
            }
        }
        var settings = await programs.SettingsAsync(programId, cancellationToken);

        var query = db.SupportParents.AsNoTracking().Where(p => p.ProgramId == programId);
        if (wanted is { } s)
        {
            query = query.Where(p => p.Status == s);
        }
        if (page.After is { } c)
        {
            query = query.Where(p => EF.Functions.GreaterThan(ValueTuple.Create(p.AppliedAt, p.Id), ValueTuple.Create(c.At, c.Id)));
        }
        var rows = await query.OrderBy(p => p.AppliedAt).ThenBy(p => p.Id).Take(page.Fetch).ToListAsync(cancellationToken);
        var today = settings.Calendar.Today(clock.Now());
        foreach (var parent in rows.Take(page.Size))
        {
            db.RecordRead(http, parent, TrainingAudit.SummaryFields);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, p => new Cursor(p.AppliedAt, p.Id), p => SupportParentSummary.From(p, today)));
    }
}
