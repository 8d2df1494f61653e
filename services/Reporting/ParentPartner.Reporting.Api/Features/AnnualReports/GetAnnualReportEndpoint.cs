using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.Common;
using ParentPartner.Reporting.Api.Features.Settings;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

public static class GetAnnualReportEndpoint
{
    public static RouteHandlerBuilder MapGetAnnualReport(this RouteGroupBuilder group) =>
        group.MapGet("/programs/{programId}/annual-reports/{year}", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin))
            .WithName("GetAnnualReport")
            .WithSummary("Your program's annual alliance report for a year: a live preview, the latest draft to approve, approved revisions and the hub's answers")
            .Produces<AnnualReportResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> HandleAsync(
        string programId, string year, ReportingDbContext db, IProgramAccess programs, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (new FieldErrors().ProgramId(programId).Year(year, clock.GetUtcNow(), out var reportYear) is { IsEmpty: false } errors)
        {
            return errors.ToProblem();
        }
        if (!programs.CanAccess(programId))
        {
            return Problem.NotFound("program");
        }

        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.ProgramId == programId, cancellationToken);
        var submissions = await Submissions.ListAsync(db, programId, reportYear, cancellationToken);
        var previous = submissions.FirstOrDefault()?.Figures.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var calendar = await ProgramZone.CalendarAsync(db, programId, cancellationToken);
        var counts = await AnnualCountsQuery.RunAsync(db, programId, reportYear, calendar, clock.StoredNow(), cancellationToken);
        var preview = AnnualReportDraft.Build(counts, previous);
        var draft = await Drafts.LatestAsync(db, programId, reportYear, cancellationToken);
        return TypedResults.Ok(new AnnualReportResponse(
            programId,
            reportYear,
            SettingsResponse.From(programId, settings),
            settings is not null && draft is { SubmissionId: null },
            submissions.FirstOrDefault()?.Revision ?? 0,
            preview.Figures,
            preview.Groups,
            submissions)
        {
            Details = counts.Details,
            Draft = draft is null ? null : Drafts.Response(draft, previous),
        });
    }
}
