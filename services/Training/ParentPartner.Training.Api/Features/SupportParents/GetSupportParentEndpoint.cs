using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Features.Common;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Training.Api.Features.SupportParents;

public static class GetSupportParentEndpoint
{
    public static RouteHandlerBuilder MapGetSupportParent(this RouteGroupBuilder program) =>
        program.MapGet("/support-parents/{supportParentId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithAccessPurpose("case-work")
            .WithName("GetSupportParent")
            .WithSummary("A support parent's application, profile, eligibility and certification; the read is audited with its purpose (X-Access-Purpose or ?purpose=)")
            .Produces<SupportParentResponse>();

    private static async Task<IResult> HandleAsync(
        string programId,
        Guid supportParentId,
        TrainingPrograms programs,
        TrainingDbContext db,
        HttpContext http,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var parent = await db.SupportParents.AsNoTracking().FirstOrDefaultAsync(p => p.ProgramId == programId && p.Id == supportParentId, cancellationToken);
        if (parent is null)
        {
            return Problem.NotFound("support parent");
        }
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        db.RecordRead(http, parent, TrainingAudit.ProfileFields);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SupportParentResponse.From(parent, settings, clock.Now()));
    }
}
