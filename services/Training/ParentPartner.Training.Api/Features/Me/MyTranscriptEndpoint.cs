using System.Security.Claims;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Features.Transcripts;
using ParentPartner.Training.Api.Features.Common;

namespace ParentPartner.Training.Api.Features.Me;

public static class MyTranscriptEndpoint
{
    public static RouteHandlerBuilder MapMyTranscript(this RouteGroupBuilder me) =>
        me.MapGet("/transcript", async (string? programId, ClaimsPrincipal user, TrainingDbContext db, TrainingPrograms programs, TranscriptBuilder transcripts, CancellationToken cancellationToken) =>
                await MyRecord.FindAsync(db, user, programId, cancellationToken) is { } parent
                    ? Results.Ok(await transcripts.BuildAsync(parent, await programs.SettingsAsync(parent.ProgramId, cancellationToken), cancellationToken))
                    : Problem.NotFound("support-parent profile for your account"))
            .RequireAuthorization(policy => policy.RequireRole(TrainingRoles.SupportParent))
            .WithName("MyTranscript")
            .WithSummary("Your own courses, due dates, sessions and hours")
            .Produces<TranscriptResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
