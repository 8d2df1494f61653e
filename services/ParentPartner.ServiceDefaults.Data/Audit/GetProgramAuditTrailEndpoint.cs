using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.ServiceDefaults.Audit;

public static class GetProgramAuditTrailEndpoint
{
    /// <summary>
    /// GET {service}/programs/{programId}/audit?recordId=&amp;recordType=: a program's audit trail, oldest first,
    /// narrowed to one family's record. Program admins; another program is a 404 (the program scope).
    /// </summary>
    public static RouteHandlerBuilder MapGetProgramAuditTrail(this RouteGroupBuilder programScope) =>
        programScope.MapGet("/audit", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin))
            .WithName("GetProgramAuditTrail")
            .WithSummary("Who read or changed a family's personal data in this service, when, why and under which consent, oldest first (program admins)")
            .Produces<Page<AuditEntryResponse>>()
            .ProducesValidationProblem();

    private static async Task<IResult> HandleAsync(string programId, string? recordId, string? recordType, string? cursor, int? limit,
        ServiceDbContext db, CancellationToken cancellationToken)
    {
        var errors = PageRequest.Read(cursor, limit, out var page);
        if (recordId is { Length: 0 or > 100 })
        {
            errors.Add("recordId", "must be a record id of at most 100 characters.");
        }
        if (recordType is { Length: 0 or > 40 })
        {
            errors.Add("recordType", "must be a record type of at most 40 characters.");
        }
        if (!errors.IsEmpty)
        {
            return errors.ToProblem();
        }

        var entries = db.AuditLog.AsNoTracking().Where(e => e.ProgramId == programId);
        if (recordId is not null)
        {
            entries = entries.Where(e => e.RecordId == recordId);
        }
        if (recordType is not null)
        {
            entries = entries.Where(e => e.RecordType == recordType);
        }
        if (page.After is { } after)
        {
            entries = entries.Where(e => EF.Functions.GreaterThan(ValueTuple.Create(e.At, e.Id), ValueTuple.Create(after.At, after.Id)));
        }
        var rows = await entries.OrderBy(e => e.At).ThenBy(e => e.Id).Take(page.Fetch).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.ToPage(rows, e => new Cursor(e.At, e.Id), AuditEntryResponse.From));
    }
}
