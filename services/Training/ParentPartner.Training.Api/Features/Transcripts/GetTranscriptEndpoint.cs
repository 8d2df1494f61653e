using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Transcripts;

public static class GetTranscriptEndpoint
{
    public static RouteHandlerBuilder MapGetTranscript(this RouteGroupBuilder program) =>
        program.MapGet("/support-parents/{supportParentId:guid}/transcript", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.Staff))
            .WithName("GetTranscript")
            .WithSummary("A support parent's courses, due dates, sessions and hours")
            .Produces<TranscriptResponse>();

    private static async Task<IResult> HandleAsync(
        string programId,
        Guid supportParentId,
        TrainingPrograms programs,
        TrainingDbContext db,
        TranscriptBuilder transcripts,
        CancellationToken cancellationToken)
    {
        var parent = await db.SupportParents.AsNoTracking().FirstOrDefaultAsync(p => p.ProgramId == programId && p.Id == supportParentId, cancellationToken);
        if (parent is null)
        {
            return Problem.NotFound("support parent");
        }
        var settings = await programs.SettingsAsync(programId, cancellationToken);
        return TypedResults.Ok(await transcripts.BuildAsync(parent, settings, cancellationToken));
    }
}
