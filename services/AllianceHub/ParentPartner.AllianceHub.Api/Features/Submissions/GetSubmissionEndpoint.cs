using Microsoft.EntityFrameworkCore;
using ParentPartner.AllianceHub.Api.Data;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.AllianceHub.Api.Features.Submissions;

public static class GetSubmissionEndpoint
{
    public static RouteHandlerBuilder MapGetSubmission(this RouteGroupBuilder group) =>
        group.MapGet("/submissions/{id:guid}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(HubAccess.Readers))
            .WithName("GetSubmission")
            .WithSummary("One annual report with its figures, check results and answer")
            .Produces<SubmissionResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(Guid id, AllianceHubDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } submission)
        {
            return Problem.NotFound("submission");
        }
        return TypedResults.Ok(SubmissionResponse.From(submission, await db.LatestRevisionAsync(submission, cancellationToken)));
    }
}
