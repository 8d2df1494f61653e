using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.Common;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Time;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

public static class CreateAnnualReportDraftEndpoint
{
    public static RouteHandlerBuilder MapCreateAnnualReportDraft(this RouteGroupBuilder group) =>
        group.MapPost("/programs/{programId}/annual-reports/{year}/drafts", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.ProgramAdmin))
            .WithIdempotency<ReportingDbContext>()
            .WithName("CreateAnnualReportDraft")
            .WithSummary("Draw up the year's annual report: the figures as of the year's end (31 December in the program's time zone), frozen for review before approval")
            .WithDescription($"Needs the program's reporting settings with a time zone (422 otherwise). A year still running there gives a draft as of now, marked yearEnded false; once it has ended, a new draft is the year's final figures. A newer draft replaces the older one as the one to approve. Honours {IdempotencyFilter.HeaderName}.")
            .Produces<DraftResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> HandleAsync(
        string programId, string year, ReportingDbContext db, IProgramAccess programs, TimeProvider clock, ClaimsPrincipal user,
        CancellationToken cancellationToken)
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
        if (settings?.TimeZone is not { } zone || !ProgramCalendar.IsKnownZone(zone))
        {
            return Problem.Unprocessable($"Set the program's reporting settings with its time zone (PUT /api/reports/programs/{programId}/settings) before drawing up an annual report: the year ends at midnight there.");
        }
        var calendar = ProgramCalendar.For(zone);
        var (start, end) = AnnualCountsQuery.YearBounds(calendar, reportYear);

        // Outcomes as known now: a re-entry recorded in January about last year's reunification belongs to last year's families.
        var counts = await AnnualCountsQuery.RunAsync(db, programId, reportYear, calendar, now, cancellationToken);
        var draft = new AnnualReportDraftSnapshot
        {
            DraftId = Guid.CreateVersion7(now),
            ProgramId = programId,
            Year = reportYear,
            TimeZone = zone,
            PeriodStart = start,
            PeriodEnd = end,
            CreatedAt = now,
            CreatedBy = user.SubjectId(),
            Counts = Drafts.SerializeCounts(counts),
            Details = Drafts.SerializeDetails(counts.Details),
        };
        db.AnnualReportDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);

        var previous = (await Submissions.ListAsync(db, programId, reportYear, cancellationToken)).FirstOrDefault()?.Figures.ToDictionary(f => f.Name, StringComparer.Ordinal);
        return TypedResults.Created($"{ReportYear.Location(programId, reportYear)}/drafts/{draft.DraftId}", Drafts.Response(draft, previous));
    }
}
