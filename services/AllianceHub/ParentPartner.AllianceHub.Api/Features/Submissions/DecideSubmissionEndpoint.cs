using Microsoft.EntityFrameworkCore;
using ParentPartner.AllianceHub.Api.Data;
using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.AllianceHub.Api.Features.Submissions;

public static class DecideSubmissionEndpoint
{
    public static RouteHandlerBuilder MapDecideSubmission(this RouteGroupBuilder group) =>
        group.MapPost("/submissions/{id:guid}/decision", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(HubAccess.Reviewers))
            .WithValidation()
            .WithIdempotency<AllianceHubDbContext>()
            .WithName("DecideSubmission")
            .WithSummary("Accept a pending annual report into the national figures, or return it to the state with a comment")
            .Produces<SubmissionResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> HandleAsync(
        Guid id,
        DecisionRequest request,
        AllianceHubDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } submission)
        {
            return Problem.NotFound("submission");
        }
        if (submission.Status != SubmissionStatus.Pending)
        {
            return Problem.Conflict($"This submission is already {submission.Status.ToString().ToLowerInvariant()}; only a pending one can be decided.");
        }
        var latest = await db.LatestRevisionAsync(submission, cancellationToken);
        if (request.Decision == Decision.Accepted && latest > submission.Revision)
        {
            return Problem.Conflict($"Revision {latest} of this report replaces revision {submission.Revision}; only the latest revision can be accepted.");
        }

        var outcome = request.Decision == Decision.Accepted ? SubmissionStatus.Accepted : SubmissionStatus.Returned;
        if (outcome == SubmissionStatus.Accepted)
        {
            // This revision becomes the national record for its program and year, in this same transaction.
            var published = await db.PublishedFigures
                .Where(f => f.Year == submission.Year && f.StateCode == submission.StateCode && f.ProgramId == submission.ProgramId)
                .ToListAsync(cancellationToken);
            submission.Publish(published, f => db.PublishedFigures.Add(f), f => db.PublishedFigures.Remove(f));
        }
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        db.Publish(submission.Answer(outcome, comment, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || ex.IsUniqueViolation())
        {
            // Two analysts on this submission, or on two revisions of the same report, at the same moment.
            return Problem.Conflict("Someone decided this report at the same time; reload it.");
        }
        return TypedResults.Ok(SubmissionResponse.From(submission, latest));
    }
}
