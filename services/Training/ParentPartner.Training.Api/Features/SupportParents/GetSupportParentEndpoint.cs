using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.SupportParents;

public static class GetSupportParentEndpoint
{
    public static RouteHandlerBuilder MapGetSupportParent(this RouteGroupBuilder program) =>
        program.MapGet("/support-parents/{supportParentId:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithName("GetSupportParent")
            .WithSummary("A support parent's application, profile, eligibility and certification")
            .Produces<SupportParentResponse>();

    private static async Task<IResult> HandleAsync(
        string programId,
        Guid supportParentId,
        TrainingPrograms programs,
        TrainingDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var parent = await db.SupportParents.AsNoTracking().FirstOrDefaultAsync(p => p.ProgramId == programId && p.Id == supportParentId, cancellationToken);
        if (parent is null)
        {
            return Problem.NotFound("support parent");
        }
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        return TypedResults.Ok(SupportParentResponse.From(parent, settings, clock.Now()));
    }
}
