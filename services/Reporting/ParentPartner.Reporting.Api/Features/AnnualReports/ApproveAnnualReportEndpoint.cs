using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Alliance;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

public static class ApproveAnnualReportEndpoint
{
    public static RouteHandlerBuilder MapApproveAnnualReport(this RouteGroupBuilder group) =>
        group.MapPost("/programs/{programId}/annual-reports/{year}/approval", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin))
            .WithIdempotency<ReportingDbContext>()
            .WithName("ApproveAnnualReport")
            .WithSummary("Approve the year's latest draft (or ?draftId= naming it): exactly its figures are sent to the national alliance hub as the year's next revision")
            .WithDescription("No draft yet, a draft already approved, or a draft id that is not the latest is a 409: draw up a new draft (POST …/drafts) and review it first.")
            .Produces<ApprovalResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId, string year, Guid? draftId, ReportingDbContext db, IProgramAccess programs, TimeProvider clock, ClaimsPrincipal user,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var now = clock.StoredNow();
        if (new FieldErrors().ProgramId(programId).Year(year, now, out var reportYear) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }
        if (!programs.CanAccess(programId))
        {
            return Problem.NotFound("program");
        }
        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.ProgramId == programId, cancellationToken);
        if (settings is null)
        {
            return Problem.Unprocessable($"Set the program's reporting settings (PUT /api/reports/programs/{programId}/settings) before approving an annual report.");
        }

        var draft = await Drafts.LatestAsync(db, programId, reportYear, cancellationToken);
        if (draft is null)
        {
            return Problem.Conflict($"There is no draft of {reportYear} to approve: draw one up first (POST {ReportYear.Location(programId, reportYear)}/drafts) and review it.");
        }
        if (draftId is { } wanted && wanted != draft.DraftId)
        {
            return Problem.Conflict($"Draft {wanted} is not the latest draft of {reportYear} (that is {draft.DraftId}): review the latest before approving.");
        }
        if (draft.SubmissionId is not null)
        {
            return Problem.Conflict($"The latest draft of {reportYear} was already approved as revision {draft.ApprovedRevision}: draw up a new draft to send the year again.");
        }
        var figures = AnnualReportDraft.Build(Drafts.Counts(draft)).ToReported(programId);
        var revision = 1 + (await db.AnnualReportSubmissions
            .Where(s => s.ProgramId == programId && s.Year == reportYear)
            .MaxAsync(s => (int?)s.Revision, cancellationToken) ?? 0);
        var submission = new AnnualReportSubmission
        {
            SubmissionId = Guid.CreateVersion7(now),
            ProgramId = programId,
            Year = reportYear,
            Revision = revision,
            StateCode = settings.StateCode,
            ProgramName = settings.ProgramName,
            ProgramKind = settings.Kind,
            ApprovedAt = now,
            ApprovedBy = user.SubjectId(),
            Figures = Submissions.Serialize(figures.Select(f => new SubmittedFigure(f.Name, f.Value, f.Suppressed))),
        };
        db.AnnualReportSubmissions.Add(submission);
        // Marked through a conditional update: two approvals of the same draft at once cannot both send it.
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        var marked = await db.AnnualReportDrafts
            .Where(d => d.DraftId == draft.DraftId && d.SubmissionId == null)
            .ExecuteUpdateAsync(d => d.SetProperty(x => x.SubmissionId, submission.SubmissionId).SetProperty(x => x.ApprovedRevision, revision), cancellationToken);
        if (marked == 0)
        {
            return Problem.Conflict($"The latest draft of {reportYear} was approved by another request at the same time; reload the report.");
        }
        db.Publish(new AnnualReportSubmitted
        {
            SubmissionId = submission.SubmissionId,
            StateCode = submission.StateCode,
            ProgramId = programId,
            ProgramName = submission.ProgramName,
            ProgramKind = submission.ProgramKind,
            Year = reportYear,
            Revision = revision,
            SubmittedAt = now,
            Figures = figures,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return Problem.Conflict($"Revision {revision} of {reportYear} was approved by another request at the same time; reload the report.");
        }

        loggers.CreateLogger(typeof(ApproveAnnualReportEndpoint)).LogInformation("Annual report {SubmissionId} approved: program {ProgramId}, {Year} revision {Revision}", submission.SubmissionId, programId, reportYear, revision);
        return TypedResults.Created(ReportYear.Location(programId, reportYear), new ApprovalResponse(
            submission.SubmissionId, programId, reportYear, revision, now, Submissions.Figures(submission)));
    }
}
