using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.ServiceDefaults.Audit;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Paging;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Referral.Api.Features.AuditTrail;

public static class GetAuditTrailEndpoint
{
    public static RouteHandlerBuilder MapGetAuditTrail(this RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}/audit", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin))
            .WithName("GetReferralAuditTrail")
            .WithSummary("Who read this referral's personal data, when, why and which fields, oldest first (program admins); the same entries as the program's audit trail")
            .Produces<Page<AuditEntryResponse>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid id, string? cursor, int? pageSize, ReferralDbContext db, CancellationToken cancellationToken)
    {
        if (PageRequest.Read(cursor, pageSize, out var page) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }
        if (!await db.Referrals.AnyAsync(r => r.Id == id, cancellationToken))
        {
            return Problem.NotFound("referral");
        }

        var recordId = id.ToString("D");
        var entries = db.AuditLog.AsNoTracking().Where(e => e.RecordType == AccessAudit.RecordType && e.RecordId == recordId);
        if (page.After is { } after)
        {
            entries = entries.Where(e => EF.Functions.GreaterThan(ValueTuple.Create(e.At, e.Id), ValueTuple.Create(after.At, after.Id)));
        }
        var rows = await entries.OrderBy(e => e.At).ThenBy(e => e.Id).Take(page.Size + 1).ToListAsync(cancellationToken);
        var next = rows.Count > page.Size ? new Cursor(rows[page.Size - 1].At, rows[page.Size - 1].Id).Encode() : null;
        return TypedResults.Ok(new Page<AuditEntryResponse>([.. rows.Take(page.Size).Select(AuditEntryResponse.From)], next));
    }
}
