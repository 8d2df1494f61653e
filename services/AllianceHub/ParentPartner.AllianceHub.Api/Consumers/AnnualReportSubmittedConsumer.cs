using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.AllianceHub.Api.Data;
using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.Contracts.Alliance;
using ParentPartner.ServiceDefaults.Messaging.Inbox;

namespace ParentPartner.AllianceHub.Api.Consumers;

/// <summary>
/// Takes in a state's annual report once, however often it arrives: the inbox drops a redelivered copy
/// (same MessageId) and the natural key drops a resent one (same state, program, year and revision, new
/// MessageId). A report that fails the checks is stored as rejected and answered "returned" at once, in
/// the same transaction.
/// </summary>
public sealed class AnnualReportSubmittedConsumer(AllianceHubDbContext db, TimeProvider clock, ILogger<AnnualReportSubmittedConsumer> logger)
    : IdempotentConsumer<AnnualReportSubmitted, AllianceHubDbContext>(db, logger)
{
    protected override async Task HandleAsync(AnnualReportSubmitted message, ConsumeContext<AnnualReportSubmitted> context)
    {
        // Without a key the report can neither be stored nor answered: the error queue is where ops look.
        if (!SubmissionRules.TryKey(message, out var key, out var why))
        {
            throw new UnusableSubmissionException(why);
        }

        var known = await Db.Submissions.AnyAsync(
            s => s.StateCode == key.StateCode && s.ProgramId == key.ProgramId && s.Year == key.Year && s.Revision == key.Revision,
            context.CancellationToken);
        if (known)
        {
            logger.LogInformation("Submission {SubmissionId} ({StateCode} {Year} r{Revision}) already received; copy {MessageId} ignored",
                message.SubmissionId, key.StateCode, key.Year, key.Revision, context.MessageId);
            return;
        }

        var now = clock.GetUtcNow();
        var problems = SubmissionRules.Check(message, now);
        var submission = Submission.Receive(message, key, now, problems);
        Db.Submissions.Add(submission);
        if (problems.Count > 0)
        {
            Db.Publish(submission.Answer(SubmissionStatus.Rejected, "Returned automatically: " + string.Join(" ", problems), now));
            logger.LogInformation("Submission {SubmissionId} ({StateCode} {Year} r{Revision}) rejected: {ProblemCount} problems",
                message.SubmissionId, key.StateCode, key.Year, key.Revision, problems.Count);
        }
    }
}
